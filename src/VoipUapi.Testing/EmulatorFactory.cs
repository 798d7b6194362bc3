using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Testing;

/// <summary>
/// The emulator in-process, on a <see cref="VirtualClock"/> that stands still until the test advances it:
/// <c>await using var emulator = new EmulatorFactory(); var client = await emulator.ClientForAsync(SeedApp.User);</c>
/// Unlike the emulator started on its own, it starts with no call in progress: the seed's <c>calls</c> start only
/// with <see cref="WithSeedCalls"/>. Its host comes from a pool of the process, on first use: a host of the same
/// configuration given back by an earlier test, restarted as new (no call, event, token or session of that test, the
/// clock at this one's start), or a new one; disposing gives it back.
/// </summary>
public class EmulatorFactory : IAsyncDisposable, IDisposable
{
    /// <summary>Where the frozen clock starts unless a test says otherwise.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The name of the header that carries the control key (<c>Emulator:ControlKey</c>).</summary>
    public const string ControlKeyHeader = "X-Emulator-Key";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<WebApplicationFactory<Program>> _derived = [];
    private readonly Lock _starting = new();
    private readonly DateTimeOffset _start;
    private bool _seedCalls;
    private Action<KestrelServerOptions>? _kestrel;
    private EmulatorHost? _host;
    private bool _disposed;

    /// <summary>
    /// An emulator whose clock stands at <paramref name="start"/>. It is configured as started with
    /// <c>--clock manual</c>, so that <c>POST /emulator/reset</c> keeps the clock frozen.
    /// </summary>
    public EmulatorFactory(DateTimeOffset? start = null) => _start = start ?? DefaultStart;

    public VirtualClock Clock => Host.Clock;

    public TelephonyNetwork Network => Services.GetRequiredService<TelephonyNetwork>();

    public IServiceProvider Services => Host.Services;

    /// <summary>Sets a configuration value (<c>Telephony:DefaultCallDurationSeconds</c>, <c>Emulator:SeedPath</c>…) before the first request.</summary>
    public EmulatorFactory With(string key, string? value)
    {
        NotStartedYet();
        _settings[key] = value;
        return this;
    }

    /// <summary>
    /// Starts the seed's calls in progress, as the emulator started on its own does (the default seed's
    /// <c>b817d2618fe6f1804db1</c> and <c>b817d2618fe6f1804333</c> on 0003*210, and <c>0071027198180007c0de</c> and
    /// <c>0071027198180008c0de</c> on 0003*15000, which the seed documents' examples use).
    /// </summary>
    public EmulatorFactory WithSeedCalls()
    {
        NotStartedYet();
        _seedCalls = true;
        return this;
    }

    /// <summary>Listens on a real Kestrel port (<see cref="StartServer"/>), for clients in other processes: such an emulator has a host of its own, never pooled.</summary>
    public EmulatorFactory UseKestrel(Action<KestrelServerOptions> configure)
    {
        NotStartedYet();
        _kestrel = configure;
        return this;
    }

    /// <summary>Starts the host now rather than on the first request (on Kestrel, starts listening).</summary>
    public void StartServer() => Host.StartServer();

    /// <summary>A client of the emulator, with no credentials.</summary>
    public HttpClient CreateClient() => Host.CreateClient();

    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => Host.CreateClient(options);

    /// <summary>
    /// A host of its own with this configuration and <paramref name="configure"/> on top (services of the test's), on
    /// the same clock; disposed with this emulator, whose host is then disposed too rather than reused (their clock was one).
    /// </summary>
    public WebApplicationFactory<Program> WithWebHostBuilder(Action<IWebHostBuilder> configure)
    {
        WebApplicationFactory<Program> derived = Host.WithWebHostBuilder(configure);
        _derived.Add(derived);
        return derived;
    }

    /// <summary>An HTTP client that carries a fresh bearer token of <paramref name="app"/>.</summary>
    public async Task<HttpClient> ClientForAsync(SeedApp app)
    {
        HttpClient client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(app));
        return client;
    }

    public async Task<string> TokenForAsync(SeedApp app)
    {
        using HttpClient client = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = app.ClientId,
            ["client_secret"] = app.ClientSecret,
            ["grant_type"] = "client_credentials",
            ["type"] = "unifiedapi",
        });
        using HttpResponseMessage response = await client.PostAsync(new Uri("/oauth/token.php", UriKind.Relative), form);
        response.EnsureSuccessStatusCode();
        using JsonDocument answer = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return answer.RootElement.GetProperty("access_token").GetString() ?? throw new InvalidOperationException("no access_token in the answer");
    }

    /// <summary>A client of the control API (<c>/emulator</c>), carrying the control key when one is configured.</summary>
    public HttpClient ControlClient()
    {
        HttpClient client = CreateClient();
        if (_settings.GetValueOrDefault("Emulator:ControlKey") is { Length: > 0 } key)
        {
            client.DefaultRequestHeaders.Add(ControlKeyHeader, key);
        }

        return client;
    }

    /// <summary>Moves the clock forward through the control API (<c>POST /emulator/clock/advance</c>); answers the new time.</summary>
    public async Task<DateTimeOffset> AdvanceAsync(double seconds)
    {
        using HttpClient client = ControlClient();
        using HttpResponseMessage response = await client.PostAsync(
            new Uri("/emulator/clock/advance", UriKind.Relative),
            Json(new Dictionary<string, object?> { ["seconds"] = seconds }));
        using JsonDocument answer = await ReadSuccessAsync(response);
        return answer.RootElement.GetProperty("now").GetDateTimeOffset();
    }

    /// <summary>
    /// Scripts a phone through the control API (<c>PUT /emulator/phones/{number}</c>): <paramref name="behaviour"/> is
    /// <c>answer</c>, <c>manual</c>, <c>busy</c>, <c>noAnswer</c>, <c>reject</c> or <c>unreachable</c>.
    /// </summary>
    public async Task ScriptPhoneAsync(string number, string behaviour, double? answerAfterSeconds = null, double? hangUpAfterSeconds = null)
    {
        using HttpClient client = ControlClient();
        using HttpResponseMessage response = await client.PutAsync(
            PhoneUri(number),
            Json(new Dictionary<string, object?>
            {
                ["behaviour"] = behaviour,
                ["answerAfterSeconds"] = answerAfterSeconds,
                ["hangUpAfterSeconds"] = hangUpAfterSeconds,
            }));
        (await ReadSuccessAsync(response)).Dispose();
    }

    /// <summary>
    /// The phone answers a call that rings it, through the control API (<c>POST /emulator/phones/{number}/answer</c>):
    /// the call <paramref name="callId"/>, or, left out, the only call that rings it (several ringing: it throws, naming them).
    /// </summary>
    public Task AnswerPhoneAsync(string number, string? callId = null) => ActForPhoneAsync(number, "answer", callId);

    /// <summary>The phone declines a call that rings it (<c>POST /emulator/phones/{number}/reject</c>), as <see cref="AnswerPhoneAsync"/> picks it.</summary>
    public Task RejectPhoneAsync(string number, string? callId = null) => ActForPhoneAsync(number, "reject", callId);

    /// <summary>The phone hangs up a call it talks on, or declines one that rings it (<c>POST /emulator/phones/{number}/hangup</c>).</summary>
    public Task HangUpPhoneAsync(string number, string? callId = null) => ActForPhoneAsync(number, "hangup", callId);

    /// <summary>The ids of the calls on the phone's lines, in the order they took them (<c>GET /emulator/phones/{number}</c>).</summary>
    public async Task<IReadOnlyList<string>> CallsOnPhoneAsync(string number)
    {
        using HttpClient client = ControlClient();
        using HttpResponseMessage response = await client.GetAsync(PhoneUri(number));
        using JsonDocument status = await ReadSuccessAsync(response);
        return [.. status.RootElement.GetProperty("lines").EnumerateArray().Select(line => line.GetProperty("callId").GetString()!)];
    }

    /// <summary>Moves the emulator's clock forward, firing every timer that falls due (ringing, answers, timeouts).</summary>
    public DateTimeOffset Advance(TimeSpan span) => Clock.Advance(span);

    public DateTimeOffset AdvanceSeconds(double seconds) => Clock.Advance(TimeSpan.FromSeconds(seconds));

    private static Uri PhoneUri(string number) => new($"/emulator/phones/{Uri.EscapeDataString(number)}", UriKind.Relative);

    private async Task ActForPhoneAsync(string number, string action, string? callId)
    {
        using HttpClient client = ControlClient();
        string query = callId is null ? string.Empty : $"?callId={Uri.EscapeDataString(callId)}";
        using HttpResponseMessage response = await client.PostAsync(new Uri($"{PhoneUri(number)}/{action}{query}", UriKind.Relative), content: null);
        (await ReadSuccessAsync(response)).Dispose();
    }

    private static StringContent Json(Dictionary<string, object?> body) =>
        new(JsonSerializer.Serialize(body.Where(pair => pair.Value is not null).ToDictionary()), System.Text.Encoding.UTF8, "application/json");

    private static async Task<JsonDocument> ReadSuccessAsync(HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (WebApplicationFactory<Program> derived in _derived)
        {
            await derived.DisposeAsync();
        }

        if (_host is not null && _kestrel is null && _derived.Count == 0)
        {
            await EmulatorHostPool.GiveBackAsync(PoolKey, _host);
        }
        else if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    public void Dispose()
    {
        DisposeAsync().AsTask().GetAwaiter().GetResult();
        GC.SuppressFinalize(this);
    }

    private string PoolKey => EmulatorHostPool.KeyOf(_settings, _seedCalls);

    private EmulatorHost Host
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            lock (_starting)
            {
                if (_host is null)
                {
                    var settings = new Dictionary<string, string?>(_settings, StringComparer.Ordinal);
                    if (_kestrel is null)
                    {
                        _host = EmulatorHostPool.TryTake(PoolKey, _start) ?? new EmulatorHost(settings, _seedCalls, _start);
                    }
                    else
                    {
                        _host = new EmulatorHost(settings, _seedCalls, _start);
                        _host.UseKestrel(_kestrel);
                    }
                }

                return _host;
            }
        }
    }

    private void NotStartedYet()
    {
        if (_host is not null)
        {
            throw new InvalidOperationException("The emulator has started: configure it before its first request, its Services, Network or Clock.");
        }
    }
}
