using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VoipUapi.Api.Tests.Support;

/// <summary>
/// A real HTTP listener on 127.0.0.1 and a port the system picks, standing in for an app that subscribed to call
/// events: it keeps every request it gets, and answers 200, or the statuses queued with <see cref="AnswerNext"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>How long a test waits for a request that should come before it fails: a guard, never a pause.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Channel<ReceivedRequest> _received = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<WebhookReceiver> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.Run(receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        string address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.BaseUrl = address.TrimEnd('/');
        return receiver;
    }

    /// <summary>The URL of <paramref name="path"/> on this receiver.</summary>
    public string Url(string path) => BaseUrl + path;

    /// <summary>The next request is answered with <paramref name="status"/> instead of 200.</summary>
    public void AnswerNext(int status) => _statuses.Enqueue(status);

    /// <summary>The next request received, waiting for it if it has not come yet.</summary>
    public async Task<ReceivedRequest> NextAsync() => await _received.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>The next <paramref name="count"/> requests, in the order they came.</summary>
    public async Task<List<ReceivedRequest>> NextAsync(int count)
    {
        var requests = new List<ReceivedRequest>();
        for (int i = 0; i < count; i++)
        {
            requests.Add(await NextAsync());
        }

        return requests;
    }

    /// <summary>The requests that came and were not taken yet.</summary>
    public List<ReceivedRequest> Pending()
    {
        var pending = new List<ReceivedRequest>();
        while (_received.Reader.TryRead(out ReceivedRequest? request))
        {
            pending.Add(request);
        }

        return pending;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        Dictionary<string, string> form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal)
            : [];
        Dictionary<string, string> query = context.Request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        await _received.Writer.WriteAsync(new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, query, form));
        context.Response.StatusCode = _statuses.TryDequeue(out int status) ? status : StatusCodes.Status200OK;
    }
}
