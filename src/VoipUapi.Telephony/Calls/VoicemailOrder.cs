namespace VoipUapi.Telephony.Calls;

/// <summary>Send <paramref name="Transferred"/> to the voicemail box of <paramref name="Mailbox"/>; every other party leaves the call.</summary>
/// <param name="From">The party that transfers, if the request named one.</param>
public sealed record VoicemailOrder(CallId CallId, PhoneAddress Transferred, ExtensionNumber Mailbox, PhoneAddress? From = null);
