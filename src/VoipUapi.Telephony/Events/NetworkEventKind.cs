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

    /// <summary><see cref="NetworkEvent.Phone"/> put the call on hold; the payload names who hears music.</summary>
    CallHeld,

    /// <summary><see cref="NetworkEvent.Phone"/> took the call off hold.</summary>
    CallRetrieved,

    /// <summary><see cref="NetworkEvent.Phone"/> parked the call; the payload gives the position and the time it may stay.</summary>
    CallParked,

    /// <summary>The call left the parking lot: <see cref="NetworkEvent.Phone"/> answered it there.</summary>
    CallUnparked,

    /// <summary><see cref="NetworkEvent.Phone"/> transferred the call; the payload names the phone it rings now.</summary>
    CallTransferred,

    /// <summary><see cref="NetworkEvent.Phone"/> started leaving a message in a voicemail box (the payload).</summary>
    VoicemailStarted,

    /// <summary>The message of <see cref="NetworkEvent.Phone"/> ended; the payload gives its length.</summary>
    VoicemailEnded,

    /// <summary>Recording started for the extension <see cref="NetworkEvent.Phone"/>, in the payload's format.</summary>
    RecordingStarted,

    /// <summary>Recording stopped for <see cref="NetworkEvent.Phone"/>; the payload gives the span's length.</summary>
    RecordingStopped,

    /// <summary><see cref="NetworkEvent.Phone"/> opened a consultation (this event's call) about the call in the payload.</summary>
    ConsultationStarted,

    /// <summary>A consultation was completed into the call in the payload, as a conference or a transfer.</summary>
    ConsultationCompleted,

    /// <summary><see cref="NetworkEvent.Phone"/> was muted or unmuted (the payload says which).</summary>
    MuteChanged,

    /// <summary>The data attached to the call changed.</summary>
    CallDataChanged,

    /// <summary>The phone <see cref="NetworkEvent.Phone"/> registered or unregistered (the payload says which); no call.</summary>
    RegistrationChanged,

    /// <summary>The call entered the queue <see cref="NetworkEvent.Phone"/>: it answered the caller, who hears music (the payload) while agents ring.</summary>
    QueueEntered,

    /// <summary>The agent <see cref="NetworkEvent.Phone"/> answered the call for its queue (the payload); the queue's leg left.</summary>
    QueueAnswered,

    /// <summary>The call left the queue <see cref="NetworkEvent.Phone"/> without an agent: its wait timed out, or the caller gave up (the payload).</summary>
    QueueLeft,

    /// <summary>The agent <see cref="NetworkEvent.Phone"/> was logged out, put online or paused in a queue (the payload); no call.</summary>
    AgentStatusChanged,

    /// <summary>A reset put the network back as the seed made it; the payload says how many live calls it dropped.</summary>
    NetworkReset,
}
