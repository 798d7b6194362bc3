namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>The credentials a request carries: a token of one of the seed's apps, a token the emulator never issued, or none.</summary>
public sealed record TokenChoice(string Name, string? ClientId)
{
    public const string BadToken = "not-a-token-the-emulator-issued";

    public static readonly TokenChoice None = new("no token", null);

    public static readonly TokenChoice Bad = new("a bad token", null);

    public static TokenChoice Of(string clientId) => new($"the token of {clientId}", clientId);

    public override string ToString() => Name;
}
