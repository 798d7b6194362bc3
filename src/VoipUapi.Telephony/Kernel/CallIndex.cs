using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The ids of the live calls under each key (a number they involve, an owner, an organization). Written by the
/// store's single writer under the kernel's lock; read without it, so a reader's lookup costs the calls under its key,
/// never the whole network. Most keys hold a call or two (a caller's own number), so a key's ids are a small array
/// replaced whole on change; a key with many calls (a busy extension, an organization) moves to a concurrent set.
/// </summary>
internal sealed class CallIndex<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>Up to this many ids a key keeps an array; beyond, a set.</summary>
    private const int ArrayLimit = 16;

    /// <summary>Each value is a <see cref="CallId"/> array (never written once published) or a <see cref="ConcurrentDictionary{TKey,TValue}"/> used as a set.</summary>
    private readonly ConcurrentDictionary<TKey, object> _entries = new(comparer);

    /// <summary>How many keys have live calls now.</summary>
    public int KeyCount => _entries.Count;

    /// <summary>The ids under <paramref name="key"/>, enumerated without a lock or a copy while the writer may change them.</summary>
    public IEnumerable<CallId> Of(TKey key) => _entries.TryGetValue(key, out object? ids) ? Enumerate(ids) : [];

    public void Add(TKey key, CallId id)
    {
        if (!_entries.TryGetValue(key, out object? ids))
        {
            _entries[key] = new[] { id };
            return;
        }

        if (ids is ConcurrentDictionary<CallId, byte> set)
        {
            set[id] = 0;
            return;
        }

        var array = (CallId[])ids;
        if (Array.IndexOf(array, id) >= 0)
        {
            return;
        }

        if (array.Length < ArrayLimit)
        {
            _entries[key] = (CallId[])[.. array, id];
            return;
        }

        var grown = new ConcurrentDictionary<CallId, byte>(array.Select(existing => KeyValuePair.Create(existing, (byte)0)));
        grown[id] = 0;
        _entries[key] = grown;
    }

    public void Remove(TKey key, CallId id)
    {
        if (!_entries.TryGetValue(key, out object? ids))
        {
            return;
        }

        if (ids is ConcurrentDictionary<CallId, byte> set)
        {
            if (set.TryRemove(id, out _) && set.IsEmpty)
            {
                _entries.TryRemove(key, out _);
            }

            return;
        }

        var array = (CallId[])ids;
        int index = Array.IndexOf(array, id);
        if (index < 0)
        {
            return;
        }

        if (array.Length == 1)
        {
            _entries.TryRemove(key, out _);
            return;
        }

        _entries[key] = (CallId[])[.. array[..index], .. array[(index + 1)..]];
    }

    public void Clear() => _entries.Clear();

    private static IEnumerable<CallId> Enumerate(object ids)
    {
        if (ids is CallId[] array)
        {
            return array;
        }

        return ((ConcurrentDictionary<CallId, byte>)ids).Select(entry => entry.Key);
    }
}
