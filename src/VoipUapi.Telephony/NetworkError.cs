namespace VoipUapi.Telephony;

/// <summary>An expected refusal of a network command, with a message a client can act on.</summary>
public sealed record NetworkError(NetworkErrorCode Code, string Message);
