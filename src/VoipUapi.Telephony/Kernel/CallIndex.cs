using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls under each key (a number they involve, an owner, an organization). Written by the store's single
/// writer under the kernel's lock; read without it, so a reader's lookup costs the calls under its key, never the
/// whole network. Most keys hold a call or two (a caller's own number): a small sorted array replaced whole on change.
/// A key with many calls (a busy extension, an organization) moves, when the index is <paramref name="ordered"/>, to an
/// immutable sorted set (a page costs its size times the logarithm of the calls, each write O(log n) allocated nodes),
/// else to a concurrent set (writes O(1), a read copies the key's calls, in no order).
/// </summary>
internal sealed class CallIndex<TKey>(bool ordered, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>Up to this many calls a key keeps a sorted array; beyond, a set.</summary>
    private const int ArrayLimit = 16;

    /// <summary>Each value is a sorted <see cref="CallOrder"/> array or an <see cref="ImmutableSortedSet{T}"/>, both immutable once published, or a concurrent set.</summary>
    private readonly ConcurrentDictionary<TKey, object> _entries = new(comparer);

    /// <summary>How many keys have live calls now.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>The calls under <paramref name="key"/>, in list order when the index is ordered: one snapshot, read without the kernel's lock.</summary>
    public IReadOnlyList<CallOrder> Of(TKey key) => _entries.TryGetValue(key, out object? calls) ? Snapshot(calls) : [];

    public void Add(TKey key, CallOrder call)
    {
        object? calls = _entries.GetValueOrDefault(key);
        if (calls is ImmutableSortedSet<CallOrder> set)
        {
            _entries[key] = set.Add(call);
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
            : ordered ? ImmutableSortedSet.Create([.. array, call])
            : new ConcurrentDictionary<CallId, CallOrder>(array.Append(call).Select(entry => KeyValuePair.Create(entry.Id, entry)));
    }

    public void Remove(TKey key, CallOrder call)
    {
        switch (_entries.GetValueOrDefault(key))
        {
            case ImmutableSortedSet<CallOrder> set:
                ImmutableSortedSet<CallOrder> rest = set.Remove(call);
                Replace(key, rest, rest.Count);
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

    private static IReadOnlyList<CallOrder> Snapshot(object calls) =>
        calls as IReadOnlyList<CallOrder> ?? [.. ((ConcurrentDictionary<CallId, CallOrder>)calls).Values];
}
