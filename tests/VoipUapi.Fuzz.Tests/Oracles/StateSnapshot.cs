using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Emulator;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Phones;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>
/// The emulator's state at one instant, read in-process so that taking it changes nothing and costs no request:
/// the live calls (immutable values, so a changed call is a different value), the last event, the clock, the id
/// seed, how the watched phones behave, the Genesys agents' states, and the request journal.
/// </summary>
public sealed class StateSnapshot
{
    private readonly IReadOnlyList<Call> _calls;
    private readonly Dictionary<StateParts, string> _parts;

    private StateSnapshot(IReadOnlyList<Call> calls, Dictionary<StateParts, string> parts)
    {
        _calls = calls;
        _parts = parts;
    }

    public static StateSnapshot Take(IServiceProvider services, IReadOnlyList<PhoneAddress> watchedPhones)
    {
        TelephonyNetwork network = services.GetRequiredService<TelephonyNetwork>();
        VirtualClock clock = services.GetRequiredService<VirtualClock>();
        RequestJournal journal = services.GetRequiredService<RequestJournal>();
        GenesysAgentStates agents = services.GetRequiredService<GenesysAgentStates>();
        IReadOnlyList<GenesysAgent> seededAgents = services.GetRequiredService<GenesysAgentDirectory>().Agents;
        List<Call> calls = network.LiveCalls.OrderBy(call => call.Id.Value, StringComparer.Ordinal).ToList();
        RequestJournalEntry[] kept = journal.Newest(journal.Capacity);
        return new StateSnapshot(calls, new Dictionary<StateParts, string>
        {
            [StateParts.Calls] = string.Join("; ", calls.Select(Describe)),
            [StateParts.Events] = $"last event {network.Events.LastSequence}",
            [StateParts.Clock] = $"{clock.GetUtcNow():O} {(clock.IsRunning ? "running" : "frozen")}",
            [StateParts.Ids] = $"id seed {network.IdSeed?.ToString(CultureInfo.InvariantCulture) ?? "none"}",
            [StateParts.Phones] = string.Join("; ", watchedPhones.Select(phone => Describe(network.StatusOf(phone)))),
            [StateParts.Agents] = string.Join("; ", seededAgents.Select(agent => Describe(agent, agents))),
            [StateParts.Journal] = $"{kept.Length} requests, newest {(kept.Length > 0 ? kept[0].Id : 0)}",
        });
    }

    /// <summary>The ids of the live calls.</summary>
    public IEnumerable<string> CallIds => _calls.Select(call => call.Id.Value);

    /// <summary>What changed from <paramref name="before"/> among <paramref name="parts"/>, one line per part.</summary>
    public IEnumerable<string> ChangesSince(StateSnapshot before, StateParts parts)
    {
        foreach ((StateParts part, string now) in _parts)
        {
            if (!parts.HasFlag(part))
            {
                continue;
            }

            bool changed = part == StateParts.Calls
                ? _calls.Count != before._calls.Count || _calls.Where((call, i) => !ReferenceEquals(call, before._calls[i])).Any()
                : now != before._parts[part];
            if (changed)
            {
                yield return $"{part}: before [{before._parts[part]}], after [{now}]";
            }
        }
    }

    private static string Describe(Call call) =>
        $"{call.Id.Value} {call.Phase} ({string.Join(", ", call.Legs.Select(leg => $"{leg.Phone.Value} {leg.Role} {leg.State}"))})";

    private static string Describe(GenesysAgent agent, GenesysAgentStates states) =>
        $"{agent.UserName} {(states.Of(agent) is var session && session.Started ? "started" : "logged out")} {session.UserState} [{string.Join(", ", session.Channels)}]{(states.IsAcceptOnly(agent) ? " accept-only" : string.Empty)}";

    private static string Describe(PhoneStatus status) =>
        $"{status.Phone.Value} {status.Behaviour}{(status.Overridden ? " (scripted)" : string.Empty)}";
}
