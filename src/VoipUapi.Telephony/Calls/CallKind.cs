namespace VoipUapi.Telephony.Calls;

public enum CallKind
{
    /// <summary>Ring the sources, the first to answer gets the destination (UAPI <c>simple</c>).</summary>
    Simple,

    /// <summary>Ring the destinations, the first to answer gets the sources (UAPI <c>callback</c>: the PBX calls the customer back first).</summary>
    Callback,

    /// <summary>
    /// A consultation: a party of a connected call, which waits on hold, calls someone else on another line; completed,
    /// the one consulted joins the first call (a conference) or takes the party's place in it (a transfer).
    /// </summary>
    Consultation,

    /// <summary>A call from the public network to a local number (the control API's inbound calls).</summary>
    Inbound,

    /// <summary>Ring the destination, then bring it into a conference of a Conference extension (UAPI <c>conferenceInvite</c>).</summary>
    ConferenceInvite,

    /// <summary>A fax to one recipient: the organization's fax service is on the line, the recipient rings (UAPI <c>faxes</c>).</summary>
    Fax,
}
