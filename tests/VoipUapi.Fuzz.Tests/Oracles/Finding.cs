using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>Something the fuzzer found wrong: the request, what came back, and which oracle objects.</summary>
public sealed record Finding(FuzzRequest Request, FuzzAnswer Answer, string Problem)
{
    public override string ToString() =>
        $"{Request.Operation.Key} — {Request.Mutation}\n    request: {Request}\n    answer:  {Answer}\n    problem: {Problem}";
}
