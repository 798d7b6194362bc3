namespace VoipUapi.Api.Emulator;

/// <summary><c>{"operations":"accept-only"}</c> or <c>{"operations":"normal"}</c>: how a Genesys agent's operations are carried out.</summary>
public sealed class GenesysAgentScript
{
    /// <summary><c>normal</c>: each operation changes the network; <c>accept-only</c>: each answers statusCode 0 and changes nothing.</summary>
    public string? Operations { get; set; }
}
