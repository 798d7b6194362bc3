using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls under each key (a number they involve, an owner, an organization), in list order
/// (<see cref="CallOrder"/>). Written by the store's single writer under the kernel's lock; read without it, so a
/// reader's lookup costs the calls under its key, and a page of them its size and the logarithm of their number, never
/// the whole network. Most keys hold a call or two (a caller's own number): a small array replaced whole on change;
/// a key with many calls (a busy extension, an organization) moves to an immutable sorted set.
/// </summary>
internal sealed class CallIndex<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>Up to this many calls a key keeps a sorted array; beyond, a sorted set.</summary>
    private const int ArrayLimit = 16;

    /// <summary>Each value is a sorted <see cref="CallOrder"/> array or an <see cref="ImmutableSortedSet{T}"/>; both immutable once published.</summary>
    private readonly ConcurrentDictionary<TKey, IReadOnlyList<CallOrder>> _entries = new(comparer);

    /// <summary>How many keys have live calls now.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>The calls under <paramref name="key"/> in list order: one consistent snapshot, read without a lock or a copy.</summary>
    public IReadOnlyList<CallOrder> Of(TKey key) => _entries.TryGetValue(key, out IReadOnlyList<CallOrder>? calls) ? calls : [];

    public void Add(TKey key, CallOrder call)
    {
        IReadOnlyList<CallOrder> calls = Of(key);
        if (calls is ImmutableSortedSet<CallOrder> set)
        {
            _entries[key] = set.Add(call);
            return;
        }

        CallOrder[] array = calls as CallOrder[] ?? [];
        int index = Array.BinarySearch(array, call);
        if (index >= 0)
        {
            return;
        }

        int at = ~index;
        _entries[key] = array.Length < ArrayLimit ? (CallOrder[])[.. array[..at], call, .. array[at..]] : ImmutableSortedSet.Create([.. array, call]);
    }

    public void Remove(TKey key, CallOrder call)
    {
        IReadOnlyList<CallOrder> calls = Of(key);
        IReadOnlyList<CallOrder> left = calls;
        if (calls is ImmutableSortedSet<CallOrder> set)
        {
            left = set.Remove(call);
        }
        else if (calls is CallOrder[] array && Array.BinarySearch(array, call) is var index and >= 0)
        {
            left = (CallOrder[])[.. array[..index], .. array[(index + 1)..]];
        }

        if (left.Count == 0)
        {
            _entries.TryRemove(key, out _);
        }
        else if (!ReferenceEquals(left, calls))
        {
            _entries[key] = left;
        }
    }

    public void Clear() => _entries.Clear();
}
