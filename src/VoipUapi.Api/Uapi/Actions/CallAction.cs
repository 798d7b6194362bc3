namespace VoipUapi.Api.Uapi.Actions;

/// <summary>The vendor's PhoneCallAction <c>action</c> values (spec §5.3 and §8).</summary>
public enum CallAction
{
    PickUp,
    OnHold,
    OffHold,
    Park,
    UnPark,
    Transfer,
    TransferToVoicemail,
    BargeIn,
    Whisper,
    Monitor,
    StartRecording,
    StopRecording,
}
