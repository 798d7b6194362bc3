using VoipUapi.Telephony.Phones;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>Writes a phone's status as the vendor's Presence resource.</summary>
public static class PresenceMapper
{
    /// <summary>The user agent the emulated phones register with (inferred: the vendor's example shows a softphone's).</summary>
    public const string Agent = "VoipUapi emulated phone";

    /// <summary>How long a registration lasts before the phone renews it (inferred: a usual SIP registration interval).</summary>
    public static readonly TimeSpan RegistrationLifetime = TimeSpan.FromHours(1);

    public static PresenceResource ToResource(PhoneStatus status, DateTimeOffset now)
    {
        string presence = !status.Registered ? "0" : status.State switch
        {
            PhoneState.Idle => "1",
            PhoneState.Ringing => "2",
            _ => "3",
        };
        PhoneRegistrationResource registration = status.Registered
            ? new PhoneRegistrationResource(Agent, "1", presence, UapiDates.Format(now + RegistrationLifetime))
            : new PhoneRegistrationResource(null, "-1", presence, null);
        return new PresenceResource(presence, status.Phone.Value, [registration]);
    }

    public static PresenceResource OnlyFields(PresenceResource presence, IReadOnlyList<string> fields) => new(
        fields.Contains("status") ? presence.Status : null,
        fields.Contains("extension") ? presence.Extension : null,
        fields.Contains("registration") ? presence.Registration : null);
}
