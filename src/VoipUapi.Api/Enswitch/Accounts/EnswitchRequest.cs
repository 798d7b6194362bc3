using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>An admitted request: who sent it, and its parameters to read.</summary>
public sealed record EnswitchRequest(EnswitchCaller Caller, EnswitchInput Input);
