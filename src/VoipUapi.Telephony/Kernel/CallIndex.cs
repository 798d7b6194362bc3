using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The ids of the live calls under each key (a number they involve, an owner, an organization). Written by the
/// store's single writer under the kernel's lock; read without it, so a reader's lookup costs the calls under its key,
/// never the whole network.
/// </summary>
internal sealed class CallIndex<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, ConcurrentDictionary<CallId, byte>> _entries = new(comparer);

    /// <summary>How many keys have live calls now.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>The ids under <paramref name="key"/>, enumerated without a lock or a copy while the writer may change them.</summary>
    public IEnumerable<CallId> Of(TKey key)
    {
        if (!_entries.TryGetValue(key, out ConcurrentDictionary<CallId, byte>? ids))
        {
            yield break;
        }

        foreach (KeyValuePair<CallId, byte> entry in ids)
        {
            yield return entry.Key;
        }
    }

    public void Add(TKey key, CallId id)
    {
        if (!_entries.TryGetValue(key, out ConcurrentDictionary<CallId, byte>? ids))
        {
            ids = new ConcurrentDictionary<CallId, byte>(concurrencyLevel: 1, capacity: 1);
            _entries[key] = ids;
        }

        ids[id] = 0;
    }

    public void Remove(TKey key, CallId id)
    {
        if (_entries.TryGetValue(key, out ConcurrentDictionary<CallId, byte>? ids) && ids.TryRemove(id, out _) && ids.IsEmpty)
        {
            _entries.TryRemove(key, out _);
        }
    }

    public void Clear() => _entries.Clear();
}
