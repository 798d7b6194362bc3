namespace VoipUapi.Telephony.Conferences;

/// <summary>How a conference notification reaches its destination.</summary>
public enum ConferenceNotificationKind
{
    /// <summary>A call to a phone number, which puts whoever answers into the conference with the notification's role.</summary>
    Number,

    Email,
}
