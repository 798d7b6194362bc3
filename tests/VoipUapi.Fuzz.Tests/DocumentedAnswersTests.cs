using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Oracles;
using VoipUapi.Fuzz.Tests.Running;

namespace VoipUapi.Fuzz.Tests;

/// <summary>Real answers against the document's schemas: a client generated from the document accepts every answer the emulator gives.</summary>
public sealed class DocumentedAnswersTests
{
    [Fact]
    public async Task Every_read_with_good_values_answers_what_the_document_describes()
    {
        await using FuzzTarget target = await FuzzTarget.StartAsync(FuzzSettings.DefaultSeed);
        await target.RestoreAsync();
        using (HttpResponseMessage ended = await target.Client.PostAsync(new Uri("/emulator/phones/3235742879/hangup", UriKind.Relative), content: null))
        {
            ended.EnsureSuccessStatusCode();
        }

        var generator = new RequestGenerator(target.Pool, new SchemaSamples(target.Document, target.Pool), target.Tokens);
        var documented = new DocumentedAnswers(target.Document);
        var mismatches = new List<string>();
        var answered = new List<int>();

        foreach (ApiOperation read in target.Document.Operations.Where(operation => operation.Method == "GET"))
        {
            foreach (FuzzRequest request in generator.For(read, new Random(FuzzSettings.DefaultSeed), randomCases: 0).Take(target.Tokens.Count))
            {
                FuzzAnswer answer = await target.SendAsync(request);
                answered.Add(answer.Status);
                mismatches.AddRange(documented.MismatchesOf(request, answer).Select(problem => $"{request}: {answer.Status}: {problem}"));
            }
        }

        mismatches.Should().BeEmpty();
        answered.Should().Contain(status => status == 200, "the reads with good values succeed, so their bodies were checked");
    }
}
