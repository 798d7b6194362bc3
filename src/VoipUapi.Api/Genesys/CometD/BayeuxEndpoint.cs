using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// <c>/api/v2/notifications</c> (and the <c>/handshake</c>, <c>/connect</c>… sub-paths jQuery and JavaScript CometD
/// clients post to): authenticates the agent, refuses a WebSocket upgrade (so a client falls back to long-polling),
/// answers the Bayeux messages, holding a connect until a message comes or its timeout passes on the emulator's clock.
/// </summary>
public static class BayeuxEndpoint
{
    public const string Path = "/api/v2/notifications";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post];

    public static IEndpointRouteBuilder MapGenesysNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, Methods, HandleAsync).ExcludeFromDescription();
        endpoints.MapMethods(Path + "/{meta:regex(^(handshake|connect|subscribe|unsubscribe|disconnect)$)}", Methods, HandleAsync).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>A plain request delegate, not a route handler: building a route handler's delegate costs the first request a few milliseconds each (docs/decisions/0036).</summary>
    private static async Task HandleAsync(HttpContext context)
    {
        IServiceProvider services = context.RequestServices;
        if (context.Request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase))
        {
            await RefuseWebSocketAsync(context.Response);
            return;
        }

        if (services.GetRequiredService<GenesysAuthenticator>().Authenticate(context)?.UserName is not { } agent)
        {
            await RefuseUnauthenticatedAsync(context);
            return;
        }

        BayeuxRequest request = await BayeuxRequestReader.ReadAsync(context.Request, services.GetRequiredService<IOptions<GenesysOptions>>().Value.MaxRequestBodyBytes);
        if (request.Messages is not { } messages)
        {
            await BayeuxAnswerWriter.WriteAsync(context.Response, StatusCodes.Status400BadRequest, request.Callback, [], [BayeuxReply.Malformed(request.Problem ?? "no Bayeux message")]);
            return;
        }

        BayeuxServer server = services.GetRequiredService<BayeuxServer>();
        BayeuxExchange exchange = server.Process(messages, agent);
        using (var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping))
        {
            await server.CompleteAsync(exchange, ended.Token);
        }

        await BayeuxAnswerWriter.WriteAsync(context.Response, StatusCodes.Status200OK, request.Callback, exchange.Delivered, exchange.Replies);
    }

    /// <summary>GWS 8.5 offers no WebSocket transport: a plain 400 makes a CometD client's WebSocket fail, and it falls back to long-polling.</summary>
    private static Task RefuseWebSocketAsync(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "text/plain;charset=utf-8";
        return response.WriteAsync("This server offers no WebSocket transport for CometD; use long-polling (POST the Bayeux messages to /api/v2/notifications).");
    }

    private static Task RefuseUnauthenticatedAsync(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"GWS\"";
        return GenesysAnswer.Failed(new GenesysError(GenesysStatus.NotAuthenticated,
            "the user is not authenticated; every CometD request sends HTTP Basic credentials of an agent (the default seed has agent1 / password) or the JSESSIONID cookie of a session.")).WriteAsync(context);
    }
}
