namespace VoipUapi.Telephony.Calls;

/// <summary>
/// The most recent ended calls, bounded so that memory stays flat however many calls come and go: each whole, with
/// its answer, end, disposition and legs, as a call record needs it. Found by id, by a number it involves
/// (<see cref="Call.Involves"/>: the charged extension and every leg's phone) and by an organization it involves
/// (<see cref="Call.InvolvedOrganizations"/>) without a scan: every index keeps its calls in the order they ended, so
/// the call the bound drops is the oldest of each of its keys.
/// </summary>
public sealed class CallHistory(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<Entry> _calls = new();
    private readonly Dictionary<CallId, Call> _byId = [];
    private readonly Dictionary<string, Queue<Entry>> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<Entry>> _byOrganization = new(StringComparer.Ordinal);
    private long _last;

    public int Capacity => capacity;

    public void Add(Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (_gate)
        {
            if (_calls.Count == capacity)
            {
                Drop(_calls.Dequeue());
            }

            var entry = new Entry(++_last, call);
            _calls.Enqueue(entry);
            _byId[call.Id] = call;
            foreach (string number in NumbersOf(call))
            {
                Index(_byNumber, number, entry);
            }

            foreach (string code in call.InvolvedOrganizations())
            {
                Index(_byOrganization, code, entry);
            }
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _byId.Clear();
            _byNumber.Clear();
            _byOrganization.Clear();
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
            return _calls.Reverse().Select(e => e.Call).ToList();
        }
    }

    /// <summary>The retained ended calls that involve any of <paramref name="numbers"/>, each once, newest first; it costs their calls, not the history.</summary>
    public IReadOnlyList<Call> Involving(IEnumerable<string> numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        lock (_gate)
        {
            return Merged(numbers.Select(n => _byNumber.GetValueOrDefault(n)));
        }
    }

    /// <summary>The retained ended calls that involve the organization <paramref name="code"/>, newest first, from its index.</summary>
    public IReadOnlyList<Call> InOrganization(string code)
    {
        lock (_gate)
        {
            return Merged([_byOrganization.GetValueOrDefault(code)]);
        }
    }

    /// <summary>Under <see cref="_gate"/>.</summary>
    private static List<Call> Merged(IEnumerable<Queue<Entry>?> indexes) =>
        indexes.OfType<Queue<Entry>>().SelectMany(q => q).DistinctBy(e => e.Sequence).OrderByDescending(e => e.Sequence).Select(e => e.Call).ToList();

    private static IEnumerable<string> NumbersOf(Call call) =>
        call.Legs.Select(leg => leg.Phone.Value).Append(call.Extension.ToString()).Distinct(StringComparer.Ordinal);

    private static void Index(Dictionary<string, Queue<Entry>> index, string key, Entry entry)
    {
        if (!index.TryGetValue(key, out Queue<Entry>? calls))
        {
            index[key] = calls = new Queue<Entry>();
        }

        calls.Enqueue(entry);
    }

    /// <summary>Forgets the oldest retained call everywhere; it is the oldest of each of its keys. Under <see cref="_gate"/>.</summary>
    private void Drop(Entry dropped)
    {
        if (_byId.TryGetValue(dropped.Call.Id, out Call? kept) && ReferenceEquals(kept, dropped.Call))
        {
            _byId.Remove(dropped.Call.Id);
        }

        foreach (string number in NumbersOf(dropped.Call))
        {
            Unindex(_byNumber, number);
        }

        foreach (string code in dropped.Call.InvolvedOrganizations())
        {
            Unindex(_byOrganization, code);
        }
    }

    private static void Unindex(Dictionary<string, Queue<Entry>> index, string key)
    {
        Queue<Entry> calls = index[key];
        calls.Dequeue();
        if (calls.Count == 0)
        {
            index.Remove(key);
        }
    }

    private readonly record struct Entry(long Sequence, Call Call);
}
