using System.Text.Json;

namespace VoipUapi.Fuzz.Tests.Document;

/// <summary>A parameter of an operation: where it goes (<c>path</c>, <c>query</c>, <c>header</c>) and its schema.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, JsonElement Schema);
