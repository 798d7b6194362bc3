namespace VoipUapi.Telephony.Calls;

/// <param name="Call">The call after the hang-up (or as it stands, when the phone was not in it); null when not found.</param>
public sealed record HangUpResult(HangUpOutcome Outcome, Call? Call);
