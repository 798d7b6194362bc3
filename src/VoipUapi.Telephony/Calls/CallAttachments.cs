using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Data the applications handling a call attach to it (key-value pairs), kept with the call until it ends.</summary>
internal sealed class CallAttachments(NetworkKernel kernel)
{
    /// <summary>Sets <paramref name="values"/>, over the keys there are (or, with <paramref name="replaceAll"/>, instead of them).</summary>
    public Outcome<Call, NetworkError> Set(CallId id, IReadOnlyDictionary<string, string> values, bool replaceAll, Change change)
    {
        if (kernel.Calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        var data = (replaceAll ? call.Data.Clear() : call.Data).SetItems(values);
        call = call with { Data = data };
        change.Record(NetworkEventKind.CallDataChanged, call, payload: new CallDataPayload([.. values.Keys.Order(StringComparer.Ordinal)]));
        return change.Commit(call);
    }

    /// <summary>Removes the key <paramref name="key"/>, or every key when it is null.</summary>
    public Outcome<Call, NetworkError> Remove(CallId id, string? key, Change change)
    {
        if (kernel.Calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        if (key is not null && !call.Data.ContainsKey(key))
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {id} has no data under '{key}'; its keys are {(call.Data.IsEmpty ? "none" : string.Join(", ", call.Data.Keys))}.");
        }

        call = call with { Data = key is null ? call.Data.Clear() : call.Data.Remove(key) };
        change.Record(NetworkEventKind.CallDataChanged, call, payload: new CallDataPayload(key is null ? [] : [key]));
        return change.Commit(call);
    }
}
