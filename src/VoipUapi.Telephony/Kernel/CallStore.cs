using System.Collections.Concurrent;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls (immutable snapshots readers take without the lock), the nonces they hold, and the history of
/// ended ones. Written only under the kernel's lock.
/// </summary>
internal sealed class CallStore(CallTimers timers, CallIdGenerator ids, int historyCapacity)
{
    private readonly ConcurrentDictionary<CallId, Call> _live = new();
    private readonly Dictionary<string, CallId> _nonces = new(StringComparer.Ordinal);

    public CallHistory History { get; } = new(historyCapacity);

    public CallIdGenerator Ids => ids;

    public ICollection<Call> Live => _live.Values;

    public Call? FindLive(CallId id) => _live.GetValueOrDefault(id);

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

    /// <summary>Live calls are published; ended ones are retired with their nonce and timers, and kept in the history.</summary>
    public void Commit(Call call)
    {
        if (call.IsLive)
        {
            _live[call.Id] = call;
            return;
        }

        _live.TryRemove(call.Id, out _);
        if (call.Nonce is not null)
        {
            _nonces.Remove(call.Nonce);
        }

        timers.CancelAll(call.Id);
        History.Add(call);
    }
}
