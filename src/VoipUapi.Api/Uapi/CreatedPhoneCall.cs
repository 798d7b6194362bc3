namespace VoipUapi.Api.Uapi;

/// <summary>What a create answers for each call: its id, the extension as the client wrote it, and its link.</summary>
public sealed record CreatedPhoneCall(string Id, string Extension, PhoneCallLink Link);
