using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>A bug that still answers 500 is logged with a correlation id, and the answer carries it: in a header and in the message of its path's envelope.</summary>
public sealed class FaultCorrelationTests
{
    [Theory]
    [InlineData("/uapi/", "error.message")]
    [InlineData("/oauth/", "error_description")]
    [InlineData("/emulator/", "detail")]
    [InlineData("/", "detail")]
    public async Task Fault_is_logged_with_the_correlation_id_the_answer_carries(string prefix, string messageField)
    {
        var log = new CapturedLog();
        await using var emulator = new EmulatorFactory();
        using WebApplicationFactory<Program> faulting = emulator.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(log);
            services.AddSingleton<IStartupFilter, FaultingPathStartupFilter>();
        }));
        using HttpClient client = faulting.CreateClient();

        using HttpResponseMessage first = await client.GetPathAsync(prefix + FaultingPathStartupFilter.Segment);
        using HttpResponseMessage second = await client.GetPathAsync(prefix + FaultingPathStartupFilter.Segment);

        first.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        string id = first.Headers.GetValues("X-Correlation-Id").Single();
        id.Should().NotBeNullOrWhiteSpace().And.NotBe(second.Headers.GetValues("X-Correlation-Id").Single(), "each fault has its own id");
        string body = await first.Content.ReadAsStringAsync();
        body.Should().NotContain("a fault for the test", "the exception stays in the log").And.NotContain("   at ");
        JsonElement answer = JsonDocument.Parse(body).RootElement;
        string message = messageField == "error.message"
            ? answer.GetProperty("error").GetProperty("message").GetString()!
            : answer.GetProperty(messageField).GetString()!;
        message.Should().Contain(id).And.Contain("report");
        log.Events.Should().ContainSingle(e => e.Level == LogEventLevel.Error && e.RenderMessage(null).Contains(id, StringComparison.Ordinal))
            .Which.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("a fault for the test");
    }
}
