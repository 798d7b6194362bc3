namespace VoipUapi.Telephony.Calls;

/// <summary>A party transferred to a voicemail box leaves a message there, from <see cref="Started"/> until it hangs up.</summary>
public sealed record VoicemailMessage(ExtensionNumber Mailbox, PhoneAddress Caller, DateTimeOffset Started, DateTimeOffset? Ended = null)
{
    public TimeSpan? Length => Ended - Started;
}
