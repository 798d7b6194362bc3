using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>What holds for the paths under <paramref name="Prefix"/>: the envelope of their error answers, and what a refused request may not change.</summary>
/// <param name="Check">What is wrong with an error answer, or null when it is in the envelope.</param>
public sealed record EnvelopeRule(string Prefix, string Envelope, Func<FuzzAnswer, string?> Check, StateParts KeptByRefusal);
