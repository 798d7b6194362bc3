namespace VoipUapi.Api.Emulator;

/// <summary>A Genesys agent and how its operations are carried out now.</summary>
public sealed record GenesysAgentFault(string UserName, string PhoneNumber, string Operations);
