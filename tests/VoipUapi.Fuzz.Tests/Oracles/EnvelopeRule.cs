using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>What holds for the paths under <paramref name="Prefix"/>: the envelope of their error answers, and what a refused request may not change.</summary>
/// <param name="Check">What is wrong with an error answer, or null when it is in the envelope.</param>
/// <param name="CodeOf">The outcome the API states (see <see cref="FuzzAnswer.Code"/>); null for the HTTP status.</param>
/// <param name="ByAgent">The API authenticates agents (HTTP Basic of a Genesys agent) rather than apps' tokens.</param>
public sealed record EnvelopeRule(string Prefix, string Envelope, Func<FuzzAnswer, string?> Check, StateParts KeptByRefusal, Func<FuzzAnswer, int>? CodeOf = null, bool ByAgent = false)
{
    /// <summary><paramref name="answer"/> with its <see cref="FuzzAnswer.Code"/> as this API states it.</summary>
    public FuzzAnswer Read(FuzzAnswer answer) => CodeOf is null || answer.Failure is not null ? answer : answer with { Code = CodeOf(answer) };
}
