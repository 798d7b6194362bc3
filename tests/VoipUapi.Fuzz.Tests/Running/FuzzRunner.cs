using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Oracles;

namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>
/// Sends every operation's requests and applies the oracles to each answer: no 5xx, no stack trace, an error in the
/// envelope of its path, an answer its documented schema allows, no change of state from a refused request, and a
/// host that still answers. Each operation starts from the same state, and so does each request after one that
/// changed it, so that the same seed sends the same requests to the same state.
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
            await target.RestoreAsync();
            StateSnapshot state = target.Snapshot();
            foreach (FuzzRequest request in generator.For(operation, settings.RandomFor(operation.Key), settings.RandomCasesPerOperation))
            {
                FuzzAnswer answer = await target.SendAsync(request);
                EnvelopeRule rule = EnvelopeRules.For(ApiDocument.PathSent(request.Target));
                report.Sent(operation.Key, request.Token.Name);
                foreach (string problem in Problems(request, answer, rule, documented))
                {
                    report.Add(new Finding(request, answer, problem));
                }

                StateSnapshot after = target.Snapshot();
                if (answer.Refused)
                {
                    foreach (string change in after.ChangesSince(state, rule.KeptByRefusal))
                    {
                        report.Add(new Finding(request, answer, $"a refused request changed the state: {change}"));
                    }
                }

                if (after.ChangesSince(state, StateParts.Network).Any())
                {
                    await target.RestoreAsync();
                    after = target.Snapshot();
                }

                state = after;
            }

            if (await target.HealthProblemAsync() is { } dead)
            {
                report.Add(new Finding(new FuzzRequest(operation, "/healthz", TokenChoice.None, "after the operation's requests"), new FuzzAnswer(0, null, null, string.Empty), $"the host died: {dead}"));
                break;
            }
        }

        return report;
    }

    private static IEnumerable<string> Problems(FuzzRequest request, FuzzAnswer answer, EnvelopeRule rule, DocumentedAnswers documented)
    {
        if (answer.Failure is not null)
        {
            yield return $"no answer: {answer.Failure.GetType().Name}: {answer.Failure.Message}";
            yield break;
        }

        if (answer.Status >= 500 && !(answer.Status == 501 && request.Operation.ResponseFor(501) is not null))
        {
            yield return $"server error: {answer.Status}{(answer.CorrelationId is null ? " without a correlation id" : string.Empty)}";
        }

        if (StackTraces.In(answer.Body) is { } trace)
        {
            yield return $"stack trace in the body: {trace}";
        }

        if (answer.Refused && rule.Check(answer) is { } envelope)
        {
            yield return $"not the {rule.Envelope} envelope: {envelope}";
        }

        foreach (string mismatch in documented.MismatchesOf(request, answer))
        {
            yield return $"answer outside the document: {mismatch}";
        }
    }
}
