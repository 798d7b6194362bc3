namespace VoipUapi.Telephony.Calls;

public enum CallKind
{
    /// <summary>Ring the sources, the first to answer gets the destination (UAPI <c>simple</c>).</summary>
    Simple,

    /// <summary>Ring the destinations, the first to answer gets the sources (UAPI <c>callback</c>: the PBX calls the customer back first).</summary>
    Callback,

    /// <summary>A call from the public network to a local number (the control API's inbound calls).</summary>
    Inbound,

    /// <summary>Ring the destination, then bring it into a conference of a Conference extension (UAPI <c>conferenceInvite</c>).</summary>
    ConferenceInvite,
}
