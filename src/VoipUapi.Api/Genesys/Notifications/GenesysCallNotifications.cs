using System.Text.Json.Nodes;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Api.Genesys.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>
/// Turns a network event into the CallStateChangeMessage of each agent on its call (AsynchronousEvents page, seed
/// 003): StatusChange when the agent's own leg or the call's state changes, ParticipantsUpdated when another party
/// joins or leaves, AttachedDataChanged, DtmfSent, CallRecordingStateChange. The call is the one the event's command
/// committed, so several events of one command may give the same message; <see cref="Project"/> gives it once.
/// </summary>
public sealed class GenesysCallNotifications(TelephonyNetwork network, GenesysAgentDirectory agents, GenesysCallIds ids, GenesysBaseUrls baseUrls)
{
    public const string CallsChannel = "/v2/me/calls";

    /// <summary>The messages of a batch of events, each once per committed call, agent and notification type.</summary>
    public IEnumerable<GenesysNotification> Project(IReadOnlyList<NetworkEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        HashSet<(Call, string, string)>? sent = null;
        foreach (NetworkEvent change in events)
        {
            if (change.Call is not { } call)
            {
                continue;
            }

            for (int i = 0; i < call.Legs.Length; i++)
            {
                if (agents.OnExtension(call.Legs[i].Phone.Value) is not { } agent || SeenEarlier(call, i))
                {
                    continue;
                }

                if (TypeOf(change, call, agent) is { } type && (sent ??= []).Add((call, agent.UserName, type)))
                {
                    yield return new GenesysNotification(agent.UserName, CallsChannel, Message(call, agent, type, change.At));
                }
            }
        }
    }

    /// <summary>True when a leg before leg <paramref name="index"/> is on the same phone (an agent is notified once per call).</summary>
    private static bool SeenEarlier(Call call, int index)
    {
        for (int i = 0; i < index; i++)
        {
            if (call.Legs[i].Phone.Value == call.Legs[index].Phone.Value)
            {
                return true;
            }
        }

        return false;
    }

    private static string? TypeOf(NetworkEvent change, Call call, GenesysAgent agent)
    {
        bool own = change.Phone == agent.Extension.Number.ToString();
        var view = new AgentCall(call, agent);
        return change.Kind switch
        {
            NetworkEventKind.DigitsSent => own ? "DtmfSent" : null,
            NetworkEventKind.CallDataChanged => "AttachedDataChanged",
            NetworkEventKind.RecordingStarted or NetworkEventKind.RecordingStopped => own ? "CallRecordingStateChange" : null,
            NetworkEventKind.MuteChanged or NetworkEventKind.CallHeld or NetworkEventKind.CallRetrieved or NetworkEventKind.CallTransferred
                or NetworkEventKind.CallParked or NetworkEventKind.CallUnparked => "StatusChange",
            NetworkEventKind.LegRinging or NetworkEventKind.LegAnswered or NetworkEventKind.LegEnded when own => "StatusChange",
            NetworkEventKind.LegAnswered when view.Leg is { IsLive: true } => AddedLeg(call, change.Phone) ? "ParticipantsUpdated" : "StatusChange",
            NetworkEventKind.LegEnded when view.Leg is { IsLive: true } && call.IsLive => "ParticipantsUpdated",
            _ => null,
        };
    }

    private static bool AddedLeg(Call call, string? phone) => call.LastLegOn(phone) is { Role: LegRole.Added };

    private JsonObject Message(Call call, GenesysAgent agent, string type, DateTimeOffset at)
    {
        Call? consultation = call.IsLive ? network.LiveCallsOf(agent.Extension.Number.ToString()).FirstOrDefault(c => c.ConsultOf == call.Id) : null;
        return new JsonObject
        {
            ["messageType"] = "CallStateChangeMessage",
            ["notificationType"] = type,
            ["call"] = GenesysCallResource.Of(new AgentCall(call, agent, consultation), ids, baseUrls.For(agent), at),
            ["phoneNumber"] = agent.PhoneNumber,
            ["extensions"] = new JsonObject { ["BusinessCall"] = 0 },
        };
    }
}
