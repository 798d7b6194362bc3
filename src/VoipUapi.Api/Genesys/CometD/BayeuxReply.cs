using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Builds Bayeux replies: the request's channel, id and clientId echoed, <c>successful</c>, and on failure an <c>error</c> in Bayeux's <c>code:args:message</c> form.</summary>
public static class BayeuxReply
{
    /// <summary>Bayeux's error for a clientId the server does not know (or that belongs to another agent).</summary>
    public const string UnknownClient = "402::Unknown client";

    public static JsonObject Success(JsonObject request, string channel)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = new JsonObject { ["channel"] = channel, ["successful"] = true };
        Echo(request, reply, "id");
        Echo(request, reply, "clientId");
        return reply;
    }

    /// <summary>An unsuccessful reply whose error is <c>{code}::{message}</c>.</summary>
    public static JsonObject Failure(JsonObject request, string? channel, int code, string message)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reply = new JsonObject();
        if (channel is not null)
        {
            reply["channel"] = channel;
        }

        reply["successful"] = false;
        reply["error"] = $"{code}::{message}";
        Echo(request, reply, "id");
        Echo(request, reply, "clientId");
        return reply;
    }

    /// <summary>402 with the advice to handshake again, which CometD clients follow by themselves.</summary>
    public static JsonObject UnknownClientOf(JsonObject request, string channel)
    {
        JsonObject reply = Failure(request, channel, 402, "Unknown client");
        reply["advice"] = new JsonObject { ["reconnect"] = "handshake", ["interval"] = 0 };
        return reply;
    }

    /// <summary>The advice that ends a client: do not connect or handshake again.</summary>
    public static JsonObject NoReconnectAdvice() => new() { ["reconnect"] = "none", ["interval"] = 0 };

    /// <summary>The advice of a successful handshake or connect: reconnect at once, a connect is held <paramref name="timeout"/>.</summary>
    public static JsonObject RetryAdvice(TimeSpan timeout) =>
        new() { ["reconnect"] = "retry", ["interval"] = 0, ["timeout"] = (long)timeout.TotalMilliseconds };

    /// <summary>A reply to a body that is no Bayeux message at all (not JSON, not an object).</summary>
    public static JsonObject Malformed(string message) =>
        new() { ["successful"] = false, ["error"] = $"400::{message}" };

    private static void Echo(JsonObject request, JsonObject reply, string property)
    {
        if (request[property] is JsonValue value && value.TryGetValue(out string? text))
        {
            reply[property] = text;
        }
        else if (request[property] is JsonValue number && property == "id")
        {
            reply[property] = number.DeepClone();
        }
    }
}
