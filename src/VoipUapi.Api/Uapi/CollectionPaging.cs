namespace VoipUapi.Api.Uapi;

/// <summary>Links to the next and previous pages; absent at either end.</summary>
public sealed record CollectionPaging(string? Next, string? Prev);
