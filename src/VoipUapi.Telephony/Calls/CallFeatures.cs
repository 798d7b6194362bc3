using System.Collections.Immutable;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// What a <see cref="Call"/> has beyond its parties, phases and times, which most calls never use: one object its
/// snapshots share until a feature changes, instead of eleven fields copied into every snapshot (a call makes one
/// at each transition, and 100,000 live calls keep one each).
/// </summary>
internal sealed record CallFeatures
{
    public static readonly CallFeatures None = new();

    public string? Nonce { get; init; }

    public ConferenceInvite? Invite { get; init; }

    public bool AllowPublicTransfer { get; init; }

    public CallHold? Hold { get; init; }

    public CallParking? Parking { get; init; }

    public CallTransfer? Transfer { get; init; }

    public VoicemailMessage? Voicemail { get; init; }

    public QueueVisit? Queue { get; init; }

    public CallId? ConsultOf { get; init; }

    public ImmutableDictionary<string, string> Data { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public ImmutableArray<CallRecording> Recordings { get; init; } = [];
}
