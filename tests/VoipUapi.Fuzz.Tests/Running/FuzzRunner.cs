using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Oracles;

namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>
/// Sends every operation's requests and applies the oracles to each answer: no 5xx, no stack trace, no blank path
/// segment accepted, an error in the envelope of its path, an answer the document describes, no change of state from
/// a refused request, and a host that still answers. Each operation starts from the same state, and so does each
/// request after one that changed it, so that the same seed sends the same requests to the same state.
/// </summary>
public sealed class FuzzRunner(FuzzTarget target, FuzzSettings settings)
{
    public async Task<FuzzReport> RunAsync()
    {
        var report = new FuzzReport(settings);
        var generator = new RequestGenerator(target.Pool, new SchemaSamples(target.Document, target.Pool), target.Tokens);
        var documented = new DocumentedAnswers(target.Document);
        foreach (ApiOperation operation in target.Document.Operations.Where(operation => settings.Covers(operation.Key)))
        {
            FuzzRequest? last = null;
            try
            {
                await target.RestoreAsync();
                StateSnapshot state = target.Snapshot();
                foreach (FuzzRequest request in generator.For(operation, settings.RandomFor(operation.Key), settings.RandomCasesPerOperation))
                {
                    last = request;
                    EnvelopeRule rule = EnvelopeRules.For(ApiDocument.PathSent(request.Target));
                    FuzzAnswer answer = rule.Read(await target.SendAsync(request));
                    report.Sent(operation.Key, request.Token.Name, answer.Code);
                    state = await CheckAsync(request, answer, rule, state, documented, report);
                }
            }
            catch (Exception gone) when (gone is ObjectDisposedException or HttpRequestException or InvalidOperationException)
            {
                report.Add(new Finding(last ?? Health(operation), new FuzzAnswer(0, null, null, string.Empty, gone), Finding.HostDied, gone.Message));
                break;
            }

            if (await target.HealthProblemAsync() is { } dead)
            {
                report.Add(new Finding(Health(operation), new FuzzAnswer(0, null, null, string.Empty), Finding.HostDied, dead));
                break;
            }
        }

        return report;
    }

    /// <summary>Applies the oracles to one answer; answers the state the next request meets (the start again, after a change).</summary>
    private async Task<StateSnapshot> CheckAsync(FuzzRequest request, FuzzAnswer answer, EnvelopeRule rule, StateSnapshot before, DocumentedAnswers documented, FuzzReport report)
    {
        foreach ((string oracle, string detail) in Problems(request, answer, rule, documented))
        {
            report.Add(new Finding(request, answer, oracle, detail));
        }

        StateSnapshot after = target.Snapshot();
        if (answer.Refused)
        {
            foreach (string change in after.ChangesSince(before, rule.KeptByRefusal))
            {
                report.Add(new Finding(request, answer, Finding.StateChanged, change));
            }
        }

        if (!after.ChangesSince(before, StateParts.Network).Any())
        {
            return after;
        }

        await target.RestoreAsync();
        return target.Snapshot();
    }

    private static IEnumerable<(string Oracle, string Detail)> Problems(FuzzRequest request, FuzzAnswer answer, EnvelopeRule rule, DocumentedAnswers documented)
    {
        if (answer.Failure is not null)
        {
            yield return (Finding.NoAnswer, $"{answer.Failure.GetType().Name}: {answer.Failure.Message}");
            yield break;
        }

        if (answer.Code >= 500 && !(answer.Status == 501 && request.Operation.ResponseFor(501) is not null))
        {
            yield return (Finding.Fault, $"{answer.Code}{(answer.CorrelationId is null ? " without a correlation id header" : $", correlation id {answer.CorrelationId}")}");
        }

        if (StackTraces.In(answer.Body) is { } trace)
        {
            yield return (Finding.StackTrace, trace);
        }

        if (request.BlankSegment && answer.Accepted)
        {
            yield return (Finding.BlankTaken, $"answered {answer.Code}, where a blank segment is bad input");
        }

        if (answer.Refused && rule.Check(answer) is { } envelope)
        {
            yield return (Finding.Envelope, $"{rule.Envelope}: {envelope}");
        }

        foreach (string mismatch in documented.MismatchesOf(request, answer))
        {
            yield return (Finding.Undocumented, mismatch);
        }
    }

    private static FuzzRequest Health(ApiOperation operation) => new(operation, "/healthz", TokenChoice.None, "after the operation's requests");
}
