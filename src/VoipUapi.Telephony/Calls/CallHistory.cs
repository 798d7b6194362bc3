namespace VoipUapi.Telephony.Calls;

/// <summary>The most recent ended calls, bounded so that memory stays flat however many calls come and go; found by id without a scan.</summary>
public sealed class CallHistory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<Call> _calls = new();
    private readonly Dictionary<CallId, Call> _byId = [];

    public void Add(Call call)
    {
        lock (_gate)
        {
            if (_calls.Count == capacity)
            {
                Call dropped = _calls.Dequeue();
                if (_byId.TryGetValue(dropped.Id, out Call? kept) && ReferenceEquals(kept, dropped))
                {
                    _byId.Remove(dropped.Id);
                }
            }

            _calls.Enqueue(call);
            _byId[call.Id] = call;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _byId.Clear();
        }
    }

    /// <summary>The retained ended call with <paramref name="id"/> (the latest, if it ended twice).</summary>
    public Call? Find(CallId id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>The retained ended calls, newest first.</summary>
    public IReadOnlyList<Call> Newest()
    {
        lock (_gate)
        {
            return _calls.Reverse().ToList();
        }
    }
}
