using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>Something the fuzzer found wrong: the request, what came back, the oracle that objects and why.</summary>
public sealed record Finding(FuzzRequest Request, FuzzAnswer Answer, string Oracle, string Detail)
{
    public const string Fault = "server error";
    public const string NoAnswer = "no answer";
    public const string StackTrace = "stack trace in the body";
    public const string BlankTaken = "a blank path segment taken for no value";
    public const string Envelope = "error outside the envelope of its path";
    public const string Undocumented = "answer outside the document";
    public const string StateChanged = "a refused request changed the state";
    public const string HostDied = "the host died";

    public override string ToString() =>
        $"{Request.Operation.Key} — {Request.Mutation}\n    request: {Request}\n    answer:  {Answer}\n    {Oracle}: {Detail}";
}
