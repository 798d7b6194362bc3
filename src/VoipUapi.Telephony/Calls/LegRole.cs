namespace VoipUapi.Telephony.Calls;

public enum LegRole
{
    Source,
    Destination,

    /// <summary>A phone brought into a call that was already connected (a third party, and more).</summary>
    Added,
}
