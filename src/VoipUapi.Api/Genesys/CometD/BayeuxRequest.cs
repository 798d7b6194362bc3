using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// One Bayeux request as read: its messages (an array; one object counts as an array of one), or the problem that
/// makes it no Bayeux request, and the JSONP callback its answer is wrapped in (callback-polling), when it names one.
/// </summary>
public sealed record BayeuxRequest(JsonArray? Messages, string? Problem, string? Callback)
{
    public static BayeuxRequest Of(JsonArray messages, string? callback) => new(messages, null, callback);

    public static BayeuxRequest Refused(string problem, string? callback) => new(null, problem, callback);
}
