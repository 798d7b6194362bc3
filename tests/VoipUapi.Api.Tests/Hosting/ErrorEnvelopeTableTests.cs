using Microsoft.AspNetCore.Http;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Hosting;

public sealed class ErrorEnvelopeTableTests
{
    private static readonly HostErrorWriter Api = (_, _) => Task.CompletedTask;
    private static readonly HostErrorWriter ApiJson = (_, _) => Task.CompletedTask;

    [Theory]
    [InlineData("/api/json/call", "json")]
    [InlineData("/API/JSON", "json")]
    [InlineData("/api/v2/me", "api")]
    [InlineData("/api/jsonx", "api")]
    [InlineData("/apix", "fallback")]
    [InlineData("/", "fallback")]
    public void The_longest_prefix_of_whole_segments_wins_and_other_paths_get_problem_details(string path, string expected)
    {
        var table = new ErrorEnvelopeTable();
        table.Add("/api", Api);
        table.Add("/api/json", ApiJson);

        HostErrorWriter writer = table.For(new PathString(path));

        writer.Should().Be(expected switch { "json" => ApiJson, "api" => Api, _ => (HostErrorWriter)ErrorEnvelopeTable.WriteProblemAsync });
    }

    [Fact]
    public void A_prefix_belongs_to_one_API()
    {
        var table = new ErrorEnvelopeTable();
        table.Add("/api/json", ApiJson);

        Action again = () => table.Add("/API/json", Api);

        again.Should().Throw<InvalidOperationException>().WithMessage("*/API/json*one API*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public void The_root_is_the_fallbacks_not_a_prefix(string prefix)
    {
        Action add = () => new ErrorEnvelopeTable().Add(new PathString(prefix), Api);

        add.Should().Throw<ArgumentException>();
    }
}
