using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls (immutable snapshots readers take without the lock), their indexes, the nonces they hold, and the
/// history of ended ones. Written only under the kernel's lock.
/// </summary>
internal sealed class CallStore(CallTimers timers, CallIdGenerator ids, int historyCapacity) : ILiveCallState
{
    private readonly ConcurrentDictionary<CallId, Call> _live = new();
    private readonly Dictionary<string, CallId> _nonces = new(StringComparer.Ordinal);

    public CallHistory History { get; } = new(historyCapacity);

    public CallStoreIndexes Indexes { get; } = new();

    public CallIdGenerator Ids => ids;

    public ICollection<Call> Live => _live.Values;

    public int LiveCount => _live.Count;

    public Call? FindLive(CallId id) => _live.GetValueOrDefault(id);

    /// <summary>The live calls that involve <paramref name="number"/> (<see cref="Call.Involves"/>), from its index.</summary>
    public List<Call> LiveCallsOf(string number) => Resolve(Indexes.ByNumber.Of(number), call => call.Involves(number));

    /// <summary>
    /// One page of the live calls that involve <paramref name="number"/>, in list order (<see cref="CallOrder"/>), and
    /// how many there are: the index's size and the page's, whatever the number of calls.
    /// An entry whose call moved on between the index and its snapshot being read is skipped, and the page reads on past it.
    /// </summary>
    public (List<Call> Page, int Total) LiveCallPageOf(string number, int start, int count, bool descending)
    {
        (IReadOnlyList<CallOrder> indexed, int total) = Indexes.ByNumber.PageOf(number, start, count, descending);
        var page = new List<Call>(indexed.Count);
        int read = start;
        while (indexed.Count > 0)
        {
            foreach (CallOrder entry in indexed)
            {
                if (_live.TryGetValue(entry.Id, out Call? call) && call.Involves(number))
                {
                    page.Add(call);
                }
            }

            read += indexed.Count;
            if (page.Count == count)
            {
                break;
            }

            (indexed, _) = Indexes.ByNumber.PageOf(number, read, count - page.Count, descending);
        }

        return (page, total);
    }

    public List<Call> LiveCallsOwnedBy(int userId) => Resolve(Indexes.ByOwner.Of(userId), call => call.OwnerUserId == userId);

    public List<Call> LiveCallsInvolving(string organizationCode) =>
        Resolve(Indexes.ByOrganization.Of(organizationCode), call => call.InvolvedOrganizations().Contains(organizationCode));

    public CallId NewId()
    {
        CallId id = ids.Next();
        while (_live.ContainsKey(id))
        {
            id = ids.Next();
        }

        return id;
    }

    /// <summary>The live call that holds <paramref name="nonce"/>, if any.</summary>
    public CallId? NonceHolder(string? nonce) => nonce is not null && _nonces.TryGetValue(nonce, out CallId holder) ? holder : null;

    /// <summary>The refusal of a new call whose nonce a live call already holds, or null when the nonce is free.</summary>
    public NetworkError? NonceRefusal(string? nonce) =>
        NonceHolder(nonce) is { } holder
            ? new NetworkError(NetworkErrorCode.NonceInUse, $"nonce '{nonce}' already identifies the live call {holder}; send a nonce no live call uses.")
            : null;

    /// <summary>Holds a new call's nonce for as long as it lives.</summary>
    public void HoldNonce(Call call)
    {
        if (call.Nonce is not null)
        {
            _nonces[call.Nonce] = call.Id;
        }
    }

    /// <summary>Live calls are published and indexed; ended ones are retired with their nonce, index entries and timers, and kept in the history.</summary>
    public void Commit(Call call)
    {
        Call? before = _live.GetValueOrDefault(call.Id);
        if (call.IsLive)
        {
            _live[call.Id] = call;
            Indexes.Update(before, call);
            return;
        }

        if (before is not null)
        {
            _live.TryRemove(call.Id, out _);
            Indexes.Update(before, null);
        }

        if (call.Nonce is not null)
        {
            _nonces.Remove(call.Nonce);
        }

        timers.CancelAll(call.Id);
        History.Add(call);
    }

    /// <summary>Forgets every call, live or ended, with its index entries and nonce (the timers are <see cref="CallTimers"/>' to forget).</summary>
    public void ForgetAll()
    {
        _live.Clear();
        _nonces.Clear();
        Indexes.Clear();
        History.Clear();
    }

    /// <summary>The current snapshots of the calls an index holds that still match (a call may change between the index and its snapshot being read).</summary>
    private List<Call> Resolve(IReadOnlyList<CallOrder> indexed, Func<Call, bool> matches)
    {
        var calls = new List<Call>(indexed.Count);
        foreach (CallOrder entry in indexed)
        {
            if (_live.TryGetValue(entry.Id, out Call? call) && matches(call))
            {
                calls.Add(call);
            }
        }

        return calls;
    }
}
