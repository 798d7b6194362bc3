using System.Globalization;
using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Genesys.Views;

/// <summary>The call resource of GWS (CallResource page, seed 003): an engine call as one agent's device sees it.</summary>
public static class GenesysCallResource
{
    public static JsonObject Of(AgentCall view, GenesysCallIds ids, string baseUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(ids);
        GenesysCallIdentity identity = ids.Of(view.Call.Id);
        var participants = new JsonArray();
        foreach (CallLeg other in view.Others)
        {
            participants.Add(Participant(Shown(view, other.Phone)));
        }

        var resource = new JsonObject
        {
            ["id"] = identity.Id,
            ["state"] = view.State.ToString(),
            ["callUuid"] = identity.Id,
            ["connId"] = identity.ConnId,
            ["deviceUri"] = GenesysDeviceResource.DeviceUri(view.Agent, baseUrl),
            ["participants"] = participants,
            ["dnis"] = view.Call.Destinations.Length > 0 ? Shown(view, view.Call.Destinations[0]) : string.Empty,
            ["callType"] = CallType(view),
            ["capabilities"] = new JsonArray([.. GenesysCapabilities.Of(view).Select(name => (JsonNode)name)]),
            ["userData"] = UserData(view.Call),
            ["duration"] = Duration(view, now),
            ["mute"] = view.Leg is { Muted: true } ? "On" : "Off",
            ["recordingState"] = view.RecordingState,
            ["supervisorListeningIn"] = false,
            ["monitoredUserMuted"] = false,
            ["monitoring"] = false,
            ["uri"] = $"{baseUrl}{GenesysRegistration.PathPrefix}/me/calls/{identity.Id}",
            ["path"] = $"/calls/{identity.Id}",
        };
        if (view.IsConference && view.RecordingState == "Stopped")
        {
            // As the vendor's samples show it: a two-party call offers StartCallRecording and shows recordingState
            // (CallResource); seed 003's conference offers no recording and shows none.
            resource.Remove("recordingState");
        }

        if (view.Call.ConsultOf is { } parent)
        {
            string parentId = ids.Of(parent).Id;
            resource["parentCallUri"] = $"{baseUrl}{GenesysRegistration.PathPrefix}/me/calls/{parentId}";
            resource["parentCallPath"] = $"/calls/{parentId}";
        }

        return resource;
    }

    /// <summary>A number as the agent's device shows it: an extension of its own organization by its local part.</summary>
    public static string Shown(AgentCall view, PhoneAddress phone)
    {
        ArgumentNullException.ThrowIfNull(view);
        return phone.IsLocal && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number) && number.OrganizationCode == view.Agent.Extension.Number.OrganizationCode
            ? number.LocalPart
            : phone.Value;
    }

    private static JsonObject Participant(string number) => new()
    {
        ["e164Number"] = string.Empty,
        ["formattedPhoneNumber"] = number,
        ["phoneNumber"] = number,
        ["digits"] = number,
    };

    private static string CallType(AgentCall view)
    {
        if (view.Call.Kind == CallKind.Consultation)
        {
            return "Consult";
        }

        string organization = view.Agent.Extension.Number.OrganizationCode;
        bool internalOnly = view.Call.Legs.All(leg => leg.Phone.IsLocal && leg.Phone.Value.StartsWith(organization + "*", StringComparison.Ordinal));
        return internalOnly && view.Call.Kind != CallKind.Inbound ? "Internal"
            : view.Leg is { Role: LegRole.Source } ? "Outbound"
            : "Inbound";
    }

    private static JsonObject UserData(Call call)
    {
        var data = new JsonObject();
        foreach (KeyValuePair<string, string> pair in call.Data.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            data[pair.Key] = pair.Value;
        }

        return data;
    }

    private static string Duration(AgentCall view, DateTimeOffset now)
    {
        DateTimeOffset? since = view.Call.Answered is { } connected && view.Leg?.Answered is { } joined ? (joined > connected ? joined : connected) : null;
        DateTimeOffset until = view.Leg?.Ended ?? view.Call.Ended ?? now;
        double seconds = since is { } start ? Math.Max(0, (until - start).TotalSeconds) : 0;
        return ((long)seconds).ToString(CultureInfo.InvariantCulture);
    }
}
