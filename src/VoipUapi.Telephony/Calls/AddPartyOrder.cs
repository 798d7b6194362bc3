namespace VoipUapi.Telephony.Calls;

/// <summary>Ring one more phone for a connected call; answered, it is one more party on it.</summary>
/// <param name="CallerId">Shown to <paramref name="Phone"/> while it rings.</param>
/// <param name="WaitForPickup">How long it rings before it stops (the call goes on without it); null takes the configured default.</param>
/// <param name="Mode">How it takes part: fully, whispering to <paramref name="SpeaksTo"/>, or listening only.</param>
/// <param name="SpeaksTo">For a whisper: the party on the call that hears it.</param>
public sealed record AddPartyOrder(
    CallId CallId,
    PhoneAddress Phone,
    CallerId CallerId,
    TimeSpan? WaitForPickup = null,
    JoinMode Mode = JoinMode.Full,
    PhoneAddress? SpeaksTo = null);
