using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Views;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Genesys.Agents;

/// <summary>
/// The agent's own resources: <c>/api/v2/me</c> with its subresources, the contact-center session and the voice
/// state (Ready, NotReady, AfterCallWork), each change announced as a DeviceStateChangeMessage on <c>/v2/me/devices</c>.
/// </summary>
public sealed class GenesysAgentService(GenesysAgentStates states, GenesysNotificationOutlet sink, GenesysBaseUrls baseUrls)
{
    public const string DevicesChannel = "/v2/me/devices";

    private static readonly string[] Subresources = ["devices", "channels", "features", "settings"];

    public Outcome<JsonObject, GenesysError> User(GenesysAgent agent, string? subresources, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(agent);
        List<string> wanted = subresources is null ? [] : [.. subresources.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        if (wanted.Contains("*"))
        {
            wanted = [.. Subresources];
        }

        if (wanted.FirstOrDefault(name => !Subresources.Contains(name, StringComparer.Ordinal)) is { } unknown)
        {
            return GenesysError.Invalid($"subresources '{unknown}' is not a subresource of the user; send * or a comma list of {string.Join(", ", Subresources)}.");
        }

        AgentSession session = states.Of(agent);
        var user = new JsonObject
        {
            ["id"] = agent.DeviceId,
            ["userName"] = agent.UserName,
            ["firstName"] = agent.FirstName,
            ["lastName"] = agent.LastName,
            ["roles"] = new JsonArray("ROLE_AGENT"),
            ["uri"] = $"{baseUrl}{GenesysRegistration.PathPrefix}/me",
            ["path"] = "/me",
        };
        foreach (string name in wanted)
        {
            user[name] = name switch
            {
                "devices" => new JsonArray(GenesysDeviceResource.Of(agent, session, baseUrl)),
                "channels" => new JsonArray(new JsonObject { ["name"] = "voice", ["state"] = session.Started ? "LoggedIn" : "LoggedOut" }),
                "features" => new JsonArray("api-voice", "api-voice-recording"),
                _ => new JsonObject(),
            };
        }

        return user;
    }

    /// <summary><c>POST /api/v2/me</c>: the session operations and the voice-state ones.</summary>
    public GenesysError? OnMe(GenesysAgent agent, GenesysOperationBody body) => Run(agent, body, GenesysOperations.Of(GenesysOperationSet.Session));

    /// <summary><c>POST /api/v2/me/channels/voice</c>: the voice-state operations.</summary>
    public GenesysError? OnVoiceChannel(GenesysAgent agent, GenesysOperationBody body) => Run(agent, body, GenesysOperations.Of(GenesysOperationSet.VoiceChannel));

    private GenesysError? Run(GenesysAgent agent, GenesysOperationBody body, IReadOnlyList<string> valid)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(body);
        Outcome<string, GenesysError> name = body.OperationName(valid);
        if (!name.Succeeded)
        {
            return name.Error;
        }

        AgentSession session = states.Of(agent);
        Outcome<AgentSession, GenesysError> next = name.Value switch
        {
            "StartContactCenterSession" => Started(body),
            "EndContactCenterSession" => AgentSession.LoggedOut,
            _ when !session.Started => GenesysError.WrongState(
                $"{name.Value} needs a contact-center session, and {agent.UserName} has none; send {{\"operationName\":\"StartContactCenterSession\",\"channels\":[\"voice\"]}} to /api/v2/me first."),
            _ => session with { UserState = Enum.Parse<AgentUserState>(name.Value!) },
        };
        if (!next.Succeeded || states.IsAcceptOnly(agent))
        {
            return next.Error;
        }

        states.Set(agent, next.Value!);
        var device = GenesysDeviceResource.Of(agent, next.Value!, baseUrls.For(agent));
        sink.Publish(agent.UserName, DevicesChannel, new JsonObject { ["messageType"] = "DeviceStateChangeMessage", ["devices"] = new JsonArray(device) });
        return null;
    }

    private static Outcome<AgentSession, GenesysError> Started(GenesysOperationBody body)
    {
        Outcome<IReadOnlyList<string>, GenesysError> channels = body.Strings("channels", "send \"channels\":[\"voice\"].");
        if (!channels.Succeeded)
        {
            return channels.Error!;
        }

        return channels.Value!.FirstOrDefault(c => c != "voice") is { } other
            ? GenesysError.Invalid($"channels '{other}' is not a channel of the emulator; it has the voice channel only, send \"channels\":[\"voice\"].")
            : new AgentSession(true, channels.Value!, AgentUserState.NotReady);
    }
}
