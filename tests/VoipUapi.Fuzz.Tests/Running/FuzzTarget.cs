using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Generation;
using VoipUapi.Fuzz.Tests.Oracles;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;

namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>
/// The emulator under fuzzing, in-process on a frozen clock, with the seed's calls and call ids that follow the fuzz
/// seed; its OpenAPI document, a token of each seed app, and the way back to the same starting state.
/// </summary>
public sealed class FuzzTarget : IAsyncDisposable
{
    /// <summary>The password of every agent of the default seed (docs/seed.md); the emulator keeps agents' passwords to itself.</summary>
    private const string SeededAgentPassword = "password";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly EmulatorFactory _emulator;
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private DateTimeOffset? _tokensIssuedAt;

    private FuzzTarget(EmulatorFactory emulator, IServiceProvider services, HttpClient client, ApiDocument document)
    {
        _emulator = emulator;
        Services = services;
        Client = client;
        Document = document;
        TelephonyDirectory directory = Services.GetRequiredService<TelephonyNetwork>().Directory;
        Pool = new ValuePool(directory);
        Tokens =
        [
            .. directory.Apps.Select(app => TokenChoice.Of(app.ClientId)),
            .. Services.GetRequiredService<GenesysAgentDirectory>().Agents.Select(agent => TokenChoice.OfAgent(agent.UserName)),
            TokenChoice.Bad,
            TokenChoice.None,
        ];
        WatchedPhones =
        [
            .. directory.Extensions.Select(extension => PhoneAddress.ForExtension(extension.Number)),
            .. directory.Organizations.Select(organization => PhoneAddress.ForSandbox(new ExtensionNumber(organization.Code, ExtensionNumber.SandboxLocalPart))),
            PhoneAddress.ForPublic("5353535"),
        ];
    }

    public HttpClient Client { get; }

    public ApiDocument Document { get; }

    public ValuePool Pool { get; }

    public IReadOnlyList<TokenChoice> Tokens { get; }

    public IReadOnlyList<PhoneAddress> WatchedPhones { get; }

    public IServiceProvider Services { get; }

    /// <param name="testServices">Services only a test host has (routes that fail on purpose, to test the oracles).</param>
    public static async Task<FuzzTarget> StartAsync(int seed, Action<IServiceCollection>? testServices = null)
    {
        EmulatorFactory emulator = new EmulatorFactory()
            .WithSeedCalls()
            .With("Emulator:IdSeed", seed.ToString(CultureInfo.InvariantCulture))
            .With("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Fatal")
            // Genesys POSTs with an agent's Basic credentials reach their bodies instead of the CSRF check (docs/fuzzing.md).
            .With("Genesys:Csrf", "false");
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false };
        if (testServices is null)
        {
            HttpClient client = emulator.CreateClient(options);
            return new FuzzTarget(emulator, emulator.Services, client, await ApiDocument.LoadAsync(client));
        }

        WebApplicationFactory<Program> host = emulator.WithWebHostBuilder(builder => builder.ConfigureServices(testServices));
        HttpClient hostClient = host.CreateClient(options);
        return new FuzzTarget(emulator, host.Services, hostClient, await ApiDocument.LoadAsync(hostClient));
    }

    /// <summary>Back to the start: a reset (the seed's calls again, call ids from the seed), tokens valid on the clock as it stands.</summary>
    public async Task RestoreAsync()
    {
        using (HttpResponseMessage reset = await Client.PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null))
        {
            reset.EnsureSuccessStatusCode();
        }

        DateTimeOffset now = Services.GetRequiredService<VirtualClock>().GetUtcNow();
        if (_tokensIssuedAt != now)
        {
            foreach (OAuthApp app in Services.GetRequiredService<TelephonyNetwork>().Directory.Apps)
            {
                _tokens[app.ClientId] = await IssueAsync(app);
            }

            _tokensIssuedAt = now;
        }

        Pool.UseCalls(Snapshot().CallIds);
        GenesysCalls agentCalls = Services.GetRequiredService<GenesysCalls>();
        GenesysCallIds genesysIds = Services.GetRequiredService<GenesysCallIds>();
        foreach (GenesysAgent agent in Services.GetRequiredService<GenesysAgentDirectory>().Agents)
        {
            Pool.UseAgentIds(agent.UserName, [agent.DeviceId, .. agentCalls.Of(agent).Select(call => genesysIds.Of(call.Call.Id).Id)]);
        }

        Pool.UseClock(now);
    }

    public StateSnapshot Snapshot() => StateSnapshot.Take(Services, WatchedPhones);

    public async Task<FuzzAnswer> SendAsync(FuzzRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), new Uri(request.Target, UriKind.Relative));
        string? token = request.Token.ClientId is { } clientId ? _tokens[clientId] : request.Token == TokenChoice.Bad ? TokenChoice.BadToken : null;
        if (token is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (request.Token.AgentUserName is { } agent)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{agent}:{SeededAgentPassword}")));
        }

        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        using var patience = new CancellationTokenSource(Patience);
        try
        {
            using HttpResponseMessage response = await Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, patience.Token);
            string? media = response.Content.Headers.ContentType?.MediaType;
            string body = media == "text/event-stream" ? string.Empty : await response.Content.ReadAsStringAsync(patience.Token);
            string? correlation = response.Headers.TryGetValues("X-Correlation-Id", out IEnumerable<string>? ids) ? ids.First() : null;
            return new FuzzAnswer((int)response.StatusCode, media, correlation, body);
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
        {
            return new FuzzAnswer(0, null, null, string.Empty, failure);
        }
    }

    /// <summary>Null while the host answers its health probe; else what it answered.</summary>
    public async Task<string?> HealthProblemAsync()
    {
        try
        {
            using var patience = new CancellationTokenSource(Patience);
            using HttpResponseMessage health = await Client.GetAsync(new Uri("/healthz", UriKind.Relative), patience.Token);
            string body = await health.Content.ReadAsStringAsync(patience.Token);
            return health.IsSuccessStatusCode && body == "ok" ? null : $"GET /healthz answered {(int)health.StatusCode} {body}";
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
        {
            return $"GET /healthz got no answer: {failure.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _emulator.DisposeAsync();
    }

    private async Task<string> IssueAsync(OAuthApp app)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = app.ClientId,
            ["client_secret"] = app.ClientSecret,
        });
        using HttpResponseMessage issued = await Client.PostAsync(new Uri("/oauth/token.php", UriKind.Relative), form);
        issued.EnsureSuccessStatusCode();
        JsonElement answer = await issued.Content.ReadFromJsonAsync<JsonElement>();
        return answer.GetProperty("access_token").GetString()!;
    }
}
