namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// One command's (or one timer's) work under the lock: the time it happens at, the calls it committed and the events
/// it recorded. Once done, each event is appended with its call as the change committed it last.
/// </summary>
internal sealed class Change(CallStore calls, DateTimeOffset now)
{
    private readonly List<RecordedEvent> _recorded = [];

    /// <summary>Most changes commit one call (a timer's always does): it needs no dictionary; a second call starts one.</summary>
    private Call? _committedFirst;
    private Dictionary<CallId, Call>? _committed;

    public DateTimeOffset Now { get; } = now;

    /// <summary>Records an event about <paramref name="call"/>, at <paramref name="at"/> (default: now).</summary>
    public void Record(NetworkEventKind kind, Call call, string? phone = null, EventPayload? payload = null, DateTimeOffset? at = null, ConferenceKey? conference = null) =>
        _recorded.Add(new RecordedEvent(at ?? Now, kind, call.Id, phone, payload, conference));

    /// <summary>Records an event about a phone or a service rather than a call (a registration, an agent's status).</summary>
    public void RecordAbout(NetworkEventKind kind, string subject, EventPayload payload) =>
        _recorded.Add(new RecordedEvent(Now, kind, CallId: null, subject, payload, Conference: null));

    /// <summary>Records an event about the whole network, no call's.</summary>
    public void RecordAboutNetwork(NetworkEventKind kind, EventPayload payload) => _recorded.Add(new RecordedEvent(Now, kind, CallId: null, Phone: null, payload, Conference: null));

    /// <summary>Makes <paramref name="call"/> the current state of the network.</summary>
    public Call Commit(Call call)
    {
        calls.Commit(call);
        if (_committedFirst is null || _committedFirst.Id == call.Id)
        {
            _committedFirst = call;
        }
        else
        {
            (_committed ??= [])[call.Id] = call;
        }

        return call;
    }

    /// <summary>Appends the recorded events; of more than the log holds, only the last that fit are kept (the others are numbered and dropped).</summary>
    public void Complete(EventLog events) => events.Append(_recorded, Math.Max(0, _recorded.Count - events.Capacity), SnapshotOf);

    private Call? SnapshotOf(CallId id) =>
        _committedFirst?.Id == id ? _committedFirst : _committed?.GetValueOrDefault(id) ?? calls.FindLive(id);
}
