namespace VoipUapi.Api.Uapi;

public sealed record PhoneCallLink(string Self);
