namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>The vendor's counts of the records a CDR list selected, by type: 0 incoming (from the public network), 1 outgoing (the others).</summary>
public sealed record PhoneCallStatResource(int Type, int Total, int Answered, int Unanswered, int Busy, int Failed, int Unknown, int Unallowed);
