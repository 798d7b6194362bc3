namespace VoipUapi.Telephony;

public enum NetworkErrorCode
{
    /// <summary>A live call already carries the nonce the order gave.</summary>
    NonceInUse,

    /// <summary>The phone that would call is already ringing or talking on another call.</summary>
    PhoneEngaged,

    /// <summary>A conference to create is malformed or has no Conference extension to host it.</summary>
    ConferenceInvalid,

    /// <summary>The host already has a conference with that number.</summary>
    ConferenceExists,

    /// <summary>No scheduled conference has the id.</summary>
    ConferenceNotFound,

    /// <summary>No open conference has the number an invite gives.</summary>
    ConferenceNumberInvalid,

    /// <summary>The PIN an invite gives opens no role of the conference.</summary>
    ConferencePinInvalid,

    /// <summary>No live call has the id.</summary>
    CallNotFound,

    /// <summary>The call does not ring on the phone a pick-up names.</summary>
    CallNotRinging,

    /// <summary>The phone a pick-up sends the call to cannot take it (it is the ringing phone, or already in the call).</summary>
    PickUpTargetInvalid,

    /// <summary>The phone named is not a live party of the call.</summary>
    PhoneNotInCall,

    /// <summary>The phone is not doing what the action needs (answer a phone that does not ring, hang up an idle one).</summary>
    PhoneStateInvalid,

    /// <summary>The phone has several calls the action could apply to and the command named none.</summary>
    PhoneCallAmbiguous,

    /// <summary>The call is not connected yet, and the command needs it to be.</summary>
    CallNotConnected,

    /// <summary>The phone to bring into the call is already one of its live parties.</summary>
    PhoneAlreadyInCall,

    /// <summary>The call is not in the state the action needs (on hold, parked, recording, a transfer under way...).</summary>
    CallStateInvalid,

    /// <summary>A transfer to a public number of a call created without allowing it.</summary>
    PublicTransferNotAllowed,

    /// <summary>The number names no queue of the network.</summary>
    NotAQueue,

    /// <summary>The extension is not an agent of the queue named.</summary>
    NotAnAgent,
}
