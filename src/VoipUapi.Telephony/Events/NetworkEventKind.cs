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

    /// <summary>The call stopped ringing on <see cref="NetworkEvent.Phone"/>; it rings the phone in <see cref="NetworkEvent.Detail"/> instead.</summary>
    CallPickedUp,

    /// <summary>A conference invitee is asked for the conference <c>number</c> or the <c>pin</c> (<see cref="NetworkEvent.Detail"/>).</summary>
    ConferencePrompted,

    /// <summary>A conference turned an entry or the invitee away; <see cref="NetworkEvent.Detail"/> says why.</summary>
    ConferenceRefused,

    /// <summary>A phone joined a conference room; <see cref="NetworkEvent.Detail"/> names the conference and the role.</summary>
    ParticipantJoined,

    /// <summary>A phone left a conference room; <see cref="NetworkEvent.Detail"/> names the conference.</summary>
    ParticipantLeft,
}
