using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>One structured line per request, and never a secret or a token in it.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Each_request_writes_one_line_with_method_path_and_status_and_no_secret_or_token()
    {
        var log = new CapturedLog();
        await using var emulator = new EmulatorFactory().With("Serilog:MinimumLevel:Default", "Information");
        using WebApplicationFactory<Program> logged = emulator.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log)));
        using HttpClient client = logged.CreateClient();

        using HttpResponseMessage issued = await client.PostAsync(new Uri("/oauth/token.php", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "uapi-user-app", ["client_secret"] = "uapi-user-secret" }));
        string token = (await issued.ReadJsonAsync()).GetProperty("access_token").GetString()!;
        using HttpResponseMessage listed = await client.GetPathAsync($"/uapi/phoneCalls/@me/210?accessRequestToken={token}");
        using HttpResponseMessage refused = await client.GetPathAsync("/uapi/phoneCalls/@me/210");

        listed.StatusCode.Should().Be(HttpStatusCode.OK);
        IReadOnlyList<string> lines = await log.RequestLinesAsync(3);
        lines.Select(line => Regex.Replace(line, @" in [0-9.]+ ms$", "")).Should().Equal(
            "HTTP \"POST\" \"/oauth/token.php\" responded 200",
            "HTTP \"GET\" \"/uapi/phoneCalls/@me/210\" responded 200",
            "HTTP \"GET\" \"/uapi/phoneCalls/@me/210\" responded 401");
        log.Rendered.Should().NotContain(line => line.Contains("uapi-user-secret", StringComparison.Ordinal) || line.Contains(token, StringComparison.Ordinal));
    }
}
