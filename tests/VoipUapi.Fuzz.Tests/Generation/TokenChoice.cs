namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>
/// The credentials a request carries: a token of one of the seed's apps (the UnifiedAPI's bearer), the HTTP Basic
/// credentials of one of its Genesys agents, a token the emulator never issued, or none.
/// </summary>
public sealed record TokenChoice(string Name, string? ClientId, string? AgentUserName = null)
{
    public const string BadToken = "not-a-token-the-emulator-issued";

    public static readonly TokenChoice None = new("no token", null);

    public static readonly TokenChoice Bad = new("a bad token", null);

    public static TokenChoice Of(string clientId) => new($"the token of {clientId}", clientId);

    public static TokenChoice OfAgent(string userName) => new($"the credentials of agent {userName}", null, userName);

    public override string ToString() => Name;
}
