using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>A bug that still answers 500 is logged with a correlation id, and the answer carries it: in a header and in the envelope of its path.</summary>
public sealed class FaultCorrelationTests
{
    [Theory]
    [InlineData("/uapi/test-only/fault", "error.message")]
    [InlineData("/oauth/test-only/fault", "error_description")]
    [InlineData("/emulator/test-only/fault", "detail")]
    [InlineData("/test-only/fault", "detail")]
    public async Task Fault_is_logged_with_the_correlation_id_the_answer_carries(string path, string messageField)
    {
        var log = new CapturedLog();
        await using var emulator = new EmulatorFactory();
        using WebApplicationFactory<Program> faulting = emulator.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(log);
            services.AddControllers().AddApplicationPart(typeof(FaultingController).Assembly);
        }));
        using HttpClient client = faulting.CreateClient();

        using HttpResponseMessage first = await client.GetPathAsync(path);
        using HttpResponseMessage second = await client.GetPathAsync(path);

        first.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        string id = first.Headers.GetValues("X-Correlation-Id").Single();
        id.Should().NotBeNullOrWhiteSpace().And.NotBe(second.Headers.GetValues("X-Correlation-Id").Single(), "each fault has its own id");
        string body = await first.Content.ReadAsStringAsync();
        body.Should().NotContain(FaultingController.Message, "the exception stays in the log").And.NotContain("   at ");
        JsonElement answer = JsonDocument.Parse(body).RootElement;
        string message = messageField == "error.message"
            ? answer.GetProperty("error").GetProperty("message").GetString()!
            : answer.GetProperty(messageField).GetString()!;
        message.Should().Contain(id).And.Contain("report");
        log.Events.Should().ContainSingle(e => e.Level == LogEventLevel.Error && e.RenderMessage(null).Contains(id, StringComparison.Ordinal))
            .Which.Exception.Should().BeOfType<InvalidOperationException>().Which.Message.Should().StartWith(FaultingController.Message);
    }

    [Fact]
    public async Task Fault_under_each_prefix_answers_that_prefixs_envelope()
    {
        await using var emulator = new EmulatorFactory();
        using WebApplicationFactory<Program> faulting = emulator.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddControllers().AddApplicationPart(typeof(FaultingController).Assembly)));
        using HttpClient client = faulting.CreateClient();

        using HttpResponseMessage uapi = await client.GetPathAsync("/uapi/test-only/fault");
        using HttpResponseMessage oauth = await client.GetPathAsync("/oauth/test-only/fault");
        using HttpResponseMessage control = await client.GetPathAsync("/emulator/test-only/fault");

        await uapi.ShouldBeUapiErrorAsync(HttpStatusCode.InternalServerError, "internal_server_error");
        (await oauth.ReadJsonAsync()).PropertyNames().Should().Equal("error", "error_description");
        (await oauth.ReadJsonAsync()).GetProperty("error").GetString().Should().Be("server_error");
        control.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await control.ReadJsonAsync()).GetProperty("status").GetInt32().Should().Be(500);
    }
}
