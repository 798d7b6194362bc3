namespace VoipUapi.Api.Genesys.Calls;

/// <summary>How Genesys names one engine call: its id (also its <c>callUuid</c>) and its 16-digit T-Server <c>connId</c>.</summary>
public sealed record GenesysCallIdentity(string Id, string ConnId);
