namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>When a PhoneCallEvent fires, with the vendor's numbers (3 and 4 are inferred: docs/spec/uapi-phonecallevents.md).</summary>
public enum PhoneCallEventType
{
    DialIn = 0,
    DialOut = 1,
    Hangup = 2,
    AnswerIncoming = 3,
    AnswerOutgoing = 4,
}
