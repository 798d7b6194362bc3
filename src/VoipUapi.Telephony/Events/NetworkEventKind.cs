namespace VoipUapi.Telephony.Events;

public enum NetworkEventKind
{
    CallPublished,
    LegRinging,
    LegAnswered,
    LegEnded,
    CallConnected,
    CallEnded,
}
