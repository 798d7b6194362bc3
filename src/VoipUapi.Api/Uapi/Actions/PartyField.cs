namespace VoipUapi.Api.Uapi.Actions;

/// <summary>A body field that names a party of the call (<c>transferFromNumber</c>, <c>transferNumber</c>): its text, its error code, and what the party does, for the message.</summary>
public sealed record PartyField(string? Text, string Code, string Does);
