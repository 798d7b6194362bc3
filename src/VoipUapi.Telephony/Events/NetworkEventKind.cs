namespace VoipUapi.Telephony.Events;

public enum NetworkEventKind
{
    CallPublished,
    LegRinging,
    LegAnswered,
    LegEnded,
    CallConnected,
    CallEnded,

    /// <summary>A phone on a call sent DTMF digits (<see cref="NetworkEvent.Detail"/>).</summary>
    DigitsSent,
}
