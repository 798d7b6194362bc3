namespace VoipUapi.Telephony.Faxes;

/// <summary>How far a fax got to one recipient.</summary>
public enum FaxDeliveryState
{
    /// <summary>Its call rings or transmits.</summary>
    Sending,

    /// <summary>The recipient answered and stayed for the whole transmission.</summary>
    Sent,

    Busy,

    /// <summary>The recipient rang until the call gave up.</summary>
    NoAnswer,

    /// <summary>Rejected, unreachable, or hung up before the transmission ended.</summary>
    Failed,
}
