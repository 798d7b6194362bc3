using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Swagger;
using VoipUapi.Api.Tests.Genesys;
using VoipUapi.Api.Uapi.Hosting;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// The OpenAPI document teaches: every operation's example is a request that works as it is against a freshly
/// started default seed, summaries are plain text, only the UnifiedAPI asks for a token and only Genesys for an agent.
/// </summary>
public sealed class OpenApiExamplesTests
{
    private const string UapiScheme = UapiSecurityFilter.SchemeId;
    private const string GenesysScheme = GenesysOperationFilter.SchemeId;
    private static readonly Uri DocumentUri = new("/swagger/v1/swagger.json", UriKind.Relative);

    [Fact]
    public async Task Every_operations_example_works_as_it_is_against_a_fresh_default_seed()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();
        string token = await emulator.TokenForAsync(SeedApp.User);
        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(DocumentUri));
        var failures = new List<string>();
        int tried = 0;

        foreach ((string path, string method, JsonElement operation) in Operations(document))
        {
            // A reset starts the seed again as at a fresh start: its calls in progress are live again.
            using (HttpResponseMessage reset = await client.PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null))
            {
                reset.StatusCode.Should().Be(HttpStatusCode.OK);
            }

            using HttpRequestMessage request = RequestOf(path, method, operation, failures);
            switch (SchemeOf(operation))
            {
                case UapiScheme:
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    break;
                case GenesysScheme:
                    await SignInAgentAsync(client, request, operation);
                    break;
            }

            using HttpResponseMessage response = await client.SendAsync(request);
            tried++;
            int[] expected = Expected(operation);
            if (!expected.Contains((int)response.StatusCode))
            {
                failures.Add($"{method.ToUpperInvariant()} {request.RequestUri} answered {(int)response.StatusCode}, documented {string.Join("/", expected)}: "
                    + await response.Content.ReadAsStringAsync());
            }
        }

        tried.Should().BeGreaterThan(30);
        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Summaries_are_plain_text_and_get_and_delete_by_id_have_their_own()
    {
        using JsonDocument document = await DocumentAsync();
        List<(string Path, string Method, JsonElement Operation)> operations = Operations(document);

        operations.Select(o => o.Operation.GetProperty("summary").GetString()).Should().AllSatisfy(summary =>
            summary.Should().NotContainAny(["`", "<", ">"], "Swagger UI shows summaries as plain text"));
        string SummaryOf(string path, string method) => operations.Single(o => o.Path == path && o.Method == method).Operation.GetProperty("summary").GetString()!;
        SummaryOf("/uapi/phoneCalls/{userId}/{extension}/{phoneCallId}", "get").Should().NotBe(SummaryOf("/uapi/phoneCalls/{userId}/{extension}", "get"));
        SummaryOf("/uapi/phoneCalls/{userId}/{extension}/{phoneCallId}", "delete").Should().NotBe(SummaryOf("/uapi/phoneCalls/{userId}/{extension}", "delete"));
    }

    [Fact]
    public async Task Only_the_unifiedapi_routes_ask_for_a_token_and_only_the_genesys_routes_for_an_agent()
    {
        using JsonDocument document = await DocumentAsync();

        document.RootElement.TryGetProperty("security", out _).Should().BeFalse("no requirement applies to every route");
        foreach ((string path, string method, JsonElement operation) in Operations(document))
        {
            string? expected = path.StartsWith("/uapi/", StringComparison.Ordinal) ? UapiScheme : path.StartsWith("/api/v2/", StringComparison.Ordinal) ? GenesysScheme : null;
            SchemeOf(operation).Should().Be(expected, $"{method} {path}");
        }

        document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty(GenesysScheme).GetProperty("scheme").GetString().Should().Be("basic");
    }

    [Fact]
    public async Task A_genesys_post_documents_its_csrf_header_and_the_operations_it_takes()
    {
        using JsonDocument document = await DocumentAsync();
        JsonElement paths = document.RootElement.GetProperty("paths");
        string[] OperationsOf(string path) =>
        [
            .. paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
                .GetProperty("schema").GetProperty("properties").GetProperty("operationName").GetProperty("enum").EnumerateArray().Select(name => name.GetString()!),
        ];

        OperationsOf("/api/v2/me/devices/{id}/calls").Should().Equal("Dial");
        OperationsOf("/api/v2/me/channels/voice").Should().Equal("Ready", "NotReady", "AfterCallWork");
        OperationsOf("/api/v2/me/calls/{id}").Should().Contain(["Answer", "Hold", "SingleStepConference", "CompleteTransfer"]);
        paths.GetProperty("/api/v2/me").GetProperty("post").GetProperty("parameters").EnumerateArray()
            .Select(parameter => (parameter.GetProperty("name").GetString(), parameter.GetProperty("in").GetString()))
            .Should().Contain(("X-CSRF-TOKEN", "header"));
        paths.GetProperty("/api/v2/me").GetProperty("get").TryGetProperty("requestBody", out _).Should().BeFalse("a GET sends no body");
    }

    [Fact]
    public async Task The_unifiedapi_refusals_list_their_vendor_error_codes()
    {
        using JsonDocument document = await DocumentAsync();

        foreach ((string path, string method, JsonElement operation) in Operations(document).Where(o => o.Path.StartsWith("/uapi/", StringComparison.Ordinal)))
        {
            JsonElement responses = operation.GetProperty("responses");
            responses.GetProperty("400").GetProperty("description").GetString().Should().Contain("Error codes: `", $"{method} {path}");
            responses.GetProperty("401").GetProperty("description").GetString().Should().Contain("`access_denied`", $"{method} {path}");
        }
    }

    /// <summary>
    /// Signs the request in as agent1, as an agent desktop does: Basic credentials, the session's cookie (the client keeps
    /// it) and its CSRF token from a first GET, and a contact-center session first where the operation says it needs one.
    /// </summary>
    private static async Task SignInAgentAsync(HttpClient client, HttpRequestMessage request, JsonElement operation)
    {
        AuthenticationHeaderValue agent = GenesysAgentClient.Basic("agent1", "password");
        using var me = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v2/me", UriKind.Relative)) { Headers = { Authorization = agent } };
        using HttpResponseMessage signedIn = await client.SendAsync(me);
        string csrf = signedIn.Headers.GetValues(GenesysGate.CsrfTokenName).Single();
        if (operation.TryGetProperty("description", out JsonElement description) && description.GetString()!.Contains(GenesysOperationFilter.SessionNeeded, StringComparison.Ordinal))
        {
            using var start = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v2/me", UriKind.Relative))
            {
                Headers = { Authorization = agent },
                Content = new StringContent("""{"operationName":"StartContactCenterSession","channels":["voice"]}""", Encoding.UTF8, "application/json"),
            };
            start.Headers.Add(GenesysGate.CsrfTokenName, csrf);
            using HttpResponseMessage started = await client.SendAsync(start);
            started.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        request.Headers.Authorization = agent;
        request.Headers.Add(GenesysGate.CsrfTokenName, csrf);
    }

    private static string? SchemeOf(JsonElement operation) =>
        operation.TryGetProperty("security", out JsonElement security) && security.GetArrayLength() > 0
            ? security[0].EnumerateObject().Single().Name
            : null;

    private static async Task<JsonDocument> DocumentAsync()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        return JsonDocument.Parse(await client.GetStringAsync(DocumentUri));
    }

    private static List<(string Path, string Method, JsonElement Operation)> Operations(JsonDocument document) =>
        [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (path.Name, operation.Name, operation.Value)))];

    /// <summary>The request the operation's examples make; a required parameter without one is a failure.</summary>
    private static HttpRequestMessage RequestOf(string path, string method, JsonElement operation, List<string> failures)
    {
        var query = new List<string>();
        var headers = new List<(string Name, string Value)>();
        foreach (JsonElement parameter in operation.TryGetProperty("parameters", out JsonElement parameters) ? parameters.EnumerateArray() : default)
        {
            string name = parameter.GetProperty("name").GetString()!;
            string where = parameter.GetProperty("in").GetString()!;
            if (!parameter.TryGetProperty("example", out JsonElement example))
            {
                if (where == "path")
                {
                    failures.Add($"{method.ToUpperInvariant()} {path}: path parameter {name} has no example");
                }

                continue;
            }

            string value = example.ValueKind == JsonValueKind.String ? example.GetString()! : example.GetRawText();
            switch (where)
            {
                case "path":
                    path = path.Replace($"{{{name}}}", Uri.EscapeDataString(value), StringComparison.Ordinal);
                    break;
                case "query":
                    query.Add($"{name}={Uri.EscapeDataString(value)}");
                    break;
                default:
                    headers.Add((name, value));
                    break;
            }
        }

        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), new Uri(query.Count == 0 ? path : $"{path}?{string.Join('&', query)}", UriKind.Relative));
        foreach ((string name, string value) in headers)
        {
            request.Headers.Add(name, value);
        }

        if (operation.TryGetProperty("requestBody", out JsonElement body))
        {
            request.Content = BodyOf(body.GetProperty("content"));
            if (request.Content is null)
            {
                failures.Add($"{method.ToUpperInvariant()} {path}: the request body has no example");
            }
        }

        return request;
    }

    private static HttpContent? BodyOf(JsonElement content)
    {
        if (content.TryGetProperty("application/json", out JsonElement json) && json.TryGetProperty("example", out JsonElement example))
        {
            return new StringContent(example.GetRawText(), Encoding.UTF8, "application/json");
        }

        if (content.TryGetProperty("application/x-www-form-urlencoded", out JsonElement form))
        {
            return new FormUrlEncodedContent(form.GetProperty("schema").GetProperty("properties").EnumerateObject()
                .ToDictionary(field => field.Name, field => field.Value.GetProperty("example").GetString()!));
        }

        if (content.TryGetProperty("multipart/form-data", out JsonElement multipart))
        {
            var parts = new MultipartFormDataContent();
            foreach (JsonProperty part in multipart.GetProperty("schema").GetProperty("properties").EnumerateObject())
            {
                string sample = part.Value.GetProperty("example").GetString()!;
                if (part.Value.TryGetProperty("format", out JsonElement format) && format.GetString() == "binary")
                {
                    parts.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(sample)), part.Name, $"{part.Name}.txt");
                }
                else
                {
                    parts.Add(new StringContent(sample, Encoding.UTF8), part.Name);
                }
            }

            return parts;
        }

        return null;
    }

    /// <summary>The documented success statuses; for a route documented as not emulated yet, its 501.</summary>
    private static int[] Expected(JsonElement operation)
    {
        int[] statuses = [.. operation.GetProperty("responses").EnumerateObject().Select(response => int.Parse(response.Name, System.Globalization.CultureInfo.InvariantCulture))];
        int[] successes = [.. statuses.Where(status => status is >= 200 and < 300)];
        return successes.Length > 0 ? successes : [.. statuses.Where(status => status == 501)];
    }
}
