using VoipUapi.Fuzz.Tests.Running;
using Xunit.Abstractions;

namespace VoipUapi.Fuzz.Tests;

/// <summary>
/// Every operation of the emulator's own OpenAPI document, driven from the document with mutated path segments,
/// query values, bodies and tokens: no fault, no stack trace, every error in its path's envelope, every answer as
/// documented, no state changed by a refused request, and the host alive at the end (docs/fuzzing.md).
/// </summary>
public sealed class OpenApiFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_operation_of_the_document_survives_mutated_requests()
    {
        FuzzSettings settings = FuzzSettings.FromEnvironment();
        await using FuzzTarget target = await FuzzTarget.StartAsync(settings.Seed);

        FuzzReport report = await new FuzzRunner(target, settings).RunAsync();

        output.WriteLine($"{report.Requests} requests over {report.RequestsPerOperation.Count} operations, seed {settings.Seed}, {report.FindingCount} findings");
        foreach ((string operation, int requests) in report.RequestsPerOperation)
        {
            output.WriteLine($"  {requests,5}  {operation}  ({string.Join(", ", report.StatusesPerOperation[operation].Select(status => $"{status.Key} {status.Value}"))})");
        }

        report.FindingCount.Should().Be(0, report.Describe());
        report.RequestsPerOperation.Keys.Should().BeEquivalentTo(
            target.Document.Operations.Where(operation => settings.Covers(operation.Key)).Select(operation => operation.Key),
            "every operation of the document is fuzzed");
        report.TokensPerOperation.Values.Should().AllSatisfy(tokens => tokens.Should().BeEquivalentTo(target.Tokens.Select(token => token.Name)),
            "every operation gets each seed app's token, a bad one and none");
    }
}
