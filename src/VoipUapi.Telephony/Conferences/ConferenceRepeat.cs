namespace VoipUapi.Telephony.Conferences;

/// <summary>How often a recurring conference comes back after its first start.</summary>
public enum ConferenceRepeat
{
    Daily,
    Weekly,
    EveryTwoWeeks,
    Monthly,
    EveryTwoMonths,
}
