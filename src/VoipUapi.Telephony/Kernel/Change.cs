namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// One command's (or one timer's) work under the lock: the time it happens at, the calls it committed and the events
/// it recorded. Once done, each event is appended with its call as the change committed it last. The kernel reuses a
/// change that stayed small for the next (<see cref="Begin"/>): every timer of every call is a change of its own.
/// </summary>
internal sealed class Change
{
    /// <summary>The most events a change may have held to be reused; a larger one (a reset of many calls) goes with its buffer.</summary>
    private const int ReusedUpTo = 64;

    private readonly CallStore _calls;
    private readonly List<RecordedEvent> _recorded = [];
    private readonly Func<CallId, Call?> _snapshotOf;

    /// <summary>Most changes commit one call (a timer's always does): it needs no dictionary; a second call starts one.</summary>
    private Call? _committedFirst;
    private Dictionary<CallId, Call>? _committed;

    public Change(CallStore calls, DateTimeOffset now)
    {
        _calls = calls;
        _snapshotOf = SnapshotOf;
        Now = now;
    }

    public DateTimeOffset Now { get; private set; }

    /// <summary>True when the change may be begun again once complete: it held few events, so its buffer is small.</summary>
    public bool IsReusable => _recorded.Capacity <= ReusedUpTo && (_committed is null || _committed.Count <= ReusedUpTo);

    /// <summary>Starts a completed change again as a new one at <paramref name="now"/>.</summary>
    public void Begin(DateTimeOffset now) => Now = now;

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
        _calls.Commit(call);
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

    /// <summary>
    /// Appends the recorded events (of more than the log holds, only the last that fit are kept; the others are
    /// numbered and dropped), then forgets them and the committed calls, so that the change holds nothing once done.
    /// </summary>
    public void Complete(EventLog events)
    {
        events.Append(_recorded, Math.Max(0, _recorded.Count - events.Capacity), _snapshotOf);
        _recorded.Clear();
        _committedFirst = null;
        _committed?.Clear();
    }

    private Call? SnapshotOf(CallId id) =>
        _committedFirst?.Id == id ? _committedFirst : _committed?.GetValueOrDefault(id) ?? _calls.FindLive(id);
}
