namespace VoipUapi.Fuzz.Tests.Support;

/// <summary>The answer a misbehaving route documents (a required <c>name</c>), so that one giving another shape is caught.</summary>
public sealed record ShapedAnswer
{
    public required string Name { get; init; }
}
