namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>The seed's <c>dialects.unifiedapi</c> section.</summary>
public sealed class UapiSeed
{
    public List<SeedPhoneCallEvent> PhoneCallEvents { get; set; } = [];
}
