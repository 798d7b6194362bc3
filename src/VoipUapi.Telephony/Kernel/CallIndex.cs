using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls under each key (a number they involve, an owner, an organization). Written by the store's single
/// writer under the kernel's lock; read without it, so a reader's lookup costs the calls under its key, never the
/// whole network. Most keys hold a call or two (a caller's own number): a small sorted array replaced whole on change.
/// A key with many calls (a busy extension, an organization) moves, when the index is <paramref name="ordered"/>, to
/// <see cref="OrderedCalls"/> (a write moves at most a run of entries and allocates nothing, a page copies its own
/// entries), else to a concurrent set (writes O(1), a read copies the key's calls, in no order).
/// </summary>
internal sealed class CallIndex<TKey>(bool ordered, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>Up to this many calls a key keeps a sorted array; beyond, a set.</summary>
    private const int ArrayLimit = 16;

    /// <summary>Each value is a sorted <see cref="CallOrder"/> array, immutable once published, an <see cref="OrderedCalls"/> or a concurrent set.</summary>
    private readonly ConcurrentDictionary<TKey, object> _entries = new(comparer);

    /// <summary>How many keys have live calls now.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>The calls under <paramref name="key"/>, in list order when the index is ordered: one snapshot, read without the kernel's lock.</summary>
    public IReadOnlyList<CallOrder> Of(TKey key) => _entries.TryGetValue(key, out object? calls) ? Snapshot(calls) : [];

    /// <summary>
    /// Up to <paramref name="count"/> calls under <paramref name="key"/> from position <paramref name="start"/> of
    /// the list read in the given direction, and how many calls the key has: one snapshot, costing the page, not the key.
    /// </summary>
    public (IReadOnlyList<CallOrder> Page, int Total) PageOf(TKey key, int start, int count, bool descending)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!_entries.TryGetValue(key, out object? calls))
        {
            return ([], 0);
        }

        if (calls is OrderedCalls set)
        {
            return set.Page(start, count, descending);
        }

        CallOrder[] all = Snapshot(calls);
        int size = Math.Clamp(all.Length - start, 0, count);
        var page = new CallOrder[size];
        for (int i = 0; i < size; i++)
        {
            page[i] = all[descending ? all.Length - 1 - start - i : start + i];
        }

        return (page, all.Length);
    }

    public void Add(TKey key, CallOrder call)
    {
        object? calls = _entries.GetValueOrDefault(key);
        if (calls is OrderedCalls set)
        {
            set.Add(call);
            return;
        }

        if (calls is ConcurrentDictionary<CallId, CallOrder> unordered)
        {
            unordered[call.Id] = call;
            return;
        }

        CallOrder[] array = calls as CallOrder[] ?? [];
        int index = Array.BinarySearch(array, call);
        if (index >= 0)
        {
            return;
        }

        int at = ~index;
        _entries[key] = array.Length < ArrayLimit ? (CallOrder[])[.. array[..at], call, .. array[at..]]
            : ordered ? new OrderedCalls([.. array, call])
            : new ConcurrentDictionary<CallId, CallOrder>(array.Append(call).Select(entry => KeyValuePair.Create(entry.Id, entry)));
    }

    public void Remove(TKey key, CallOrder call)
    {
        switch (_entries.GetValueOrDefault(key))
        {
            case OrderedCalls set:
                if (set.Remove(call) == 0)
                {
                    _entries.TryRemove(key, out _);
                }

                break;
            case ConcurrentDictionary<CallId, CallOrder> unordered:
                if (unordered.TryRemove(call.Id, out _) && unordered.IsEmpty)
                {
                    _entries.TryRemove(key, out _);
                }

                break;
            case CallOrder[] array when Array.BinarySearch(array, call) is var index and >= 0:
                Replace(key, (CallOrder[])[.. array[..index], .. array[(index + 1)..]], array.Length - 1);
                break;
        }
    }

    public void Clear() => _entries.Clear();

    /// <summary>Publishes what is left under <paramref name="key"/>, or drops the key when nothing is.</summary>
    private void Replace(TKey key, object left, int count)
    {
        if (count == 0)
        {
            _entries.TryRemove(key, out _);
        }
        else
        {
            _entries[key] = left;
        }
    }

    private static CallOrder[] Snapshot(object calls) => calls switch
    {
        CallOrder[] array => array,
        OrderedCalls set => set.ToArray(),
        _ => [.. ((ConcurrentDictionary<CallId, CallOrder>)calls).Values],
    };
}
