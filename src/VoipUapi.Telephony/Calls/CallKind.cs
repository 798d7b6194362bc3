namespace VoipUapi.Telephony.Calls;

public enum CallKind
{
    /// <summary>Ring the sources, the first to answer gets the destination (UAPI <c>simple</c>).</summary>
    Simple,
}
