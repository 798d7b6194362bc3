using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Genesys.Views;

/// <summary>
/// An engine call from one agent's device: the agent's leg (its latest one) and what follows from it, the state, the
/// other parties, the recording; what both the call resource and the operations' state checks read.
/// </summary>
public sealed class AgentCall
{
    /// <param name="consultation">The live consultation the agent opened about <paramref name="call"/>, if any.</param>
    public AgentCall(Call call, GenesysAgent agent, Call? consultation = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(agent);
        Call = call;
        Agent = agent;
        Consultation = consultation;
        string phone = agent.Extension.Number.ToString();
        Leg = call.Legs.LastOrDefault(leg => leg.Phone.Value == phone && leg.IsLive) ?? call.LastLegOn(phone);
        State = StateOf(call, Leg);
    }

    public Call Call { get; }

    public GenesysAgent Agent { get; }

    public Call? Consultation { get; }

    public bool ConsultationOpen => Consultation is not null;

    /// <summary>Null when the agent's device has no leg on the call (a call it is only charged for).</summary>
    public CallLeg? Leg { get; }

    public GenesysCallState State { get; }

    /// <summary>The other parties talking on the call, newest first; while the agent dials, also the phones it rings.</summary>
    public IReadOnlyList<CallLeg> Others =>
        [.. Call.Legs.Where(leg => leg != Leg && leg.IsFullParty && (leg.State == LegState.Answered || (State == GenesysCallState.Dialing && leg.State == LegState.Ringing)))
            .Reverse()];

    /// <summary>True when the agent talks with two or more others (a conference).</summary>
    public bool IsConference => Others.Count >= 2;

    public CallRecording? OpenRecording => Call.Recordings.LastOrDefault(r => r.Extension == Agent.Extension.Number && r.Stopped is null);

    public string RecordingState => OpenRecording is not null ? "Recording"
        : Call.Recordings.LastOrDefault(r => r.Extension == Agent.Extension.Number) is { Paused: true } ? "Paused"
        : "Stopped";

    private static GenesysCallState StateOf(Call call, CallLeg? leg) => leg switch
    {
        null => GenesysCallState.Released,
        _ when !call.IsLive || !leg.IsLive => GenesysCallState.Released,
        { State: LegState.Ringing, Role: LegRole.Source } when call.Kind == CallKind.Simple => GenesysCallState.Dialing,
        { State: LegState.Ringing } => GenesysCallState.Ringing,
        _ when call.Phase != CallPhase.Connected => GenesysCallState.Dialing,
        _ when call.Hold?.HolderLeg == leg.Index => GenesysCallState.Held,
        _ => GenesysCallState.Established,
    };
}
