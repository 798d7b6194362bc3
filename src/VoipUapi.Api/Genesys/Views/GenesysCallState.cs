namespace VoipUapi.Api.Genesys.Views;

/// <summary>The state of a call as one agent's device sees it.</summary>
public enum GenesysCallState
{
    Dialing,
    Ringing,
    Established,
    Held,
    Released,
}
