namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>A body to send and what it tries: null bytes for no body at all.</summary>
public sealed record BodyVariant(string Mutation, byte[]? Bytes, string? ContentType);
