namespace VoipUapi.Telephony.Calls;

/// <summary>The most recent ended calls, bounded so that memory stays flat however many calls come and go.</summary>
public sealed class CallHistory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<Call> _calls = new();

    public void Add(Call call)
    {
        lock (_gate)
        {
            if (_calls.Count == capacity)
            {
                _calls.Dequeue();
            }

            _calls.Enqueue(call);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
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
