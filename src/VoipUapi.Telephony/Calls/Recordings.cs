using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>Recording a call from the perspective of one of its extensions: spans with a format, kept in the call's history.</summary>
internal sealed class Recordings(NetworkKernel kernel) : ICallObserver
{
    public Outcome<Call, NetworkError> Start(CallId id, ExtensionNumber extension, string format, Change change)
    {
        Outcome<Call, NetworkError> found = Recordable(id, extension);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        Call call = found.Value;
        if (call.Recordings.FirstOrDefault(r => r.Extension == extension && r.Stopped is null) is { } open)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid,
                $"call {id} is already recorded for {extension}, in {open.Format} since {open.Started:O}; stop that recording first.");
        }

        if (PausedSpan(call, extension) is not null)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"the recording of call {id} for {extension} is paused; resume it, or stop it before starting another.");
        }

        call = call with { Recordings = call.Recordings.Add(new CallRecording(extension, format, change.Now)) };
        change.Record(NetworkEventKind.RecordingStarted, call, extension.ToString(), new SpanPayload(format));
        return change.Commit(call);
    }

    public Outcome<Call, NetworkError> Stop(CallId id, ExtensionNumber extension, Change change)
    {
        Outcome<Call, NetworkError> found = Recordable(id, extension);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        Call call = found.Value;
        if (PausedSpan(call, extension) is { } paused)
        {
            call = call with { Recordings = call.Recordings.Replace(paused, paused with { Paused = false }) };
            change.Record(NetworkEventKind.RecordingStopped, call, extension.ToString(), new SpanPayload(paused.Format, TimeSpan.Zero));
            return change.Commit(call);
        }

        return call.Recordings.FirstOrDefault(r => r.Extension == extension && r.Stopped is null) is { } open
            ? change.Commit(Close(call, open, change))
            : new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {id} is not being recorded for {extension}; start a recording (StartRecording) first.");
    }

    /// <summary>Ends the running span with a pause; <see cref="Resume"/> starts the next one in the same format.</summary>
    public Outcome<Call, NetworkError> Pause(CallId id, ExtensionNumber extension, Change change)
    {
        Outcome<Call, NetworkError> found = Recordable(id, extension);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        Call call = found.Value;
        return call.Recordings.FirstOrDefault(r => r.Extension == extension && r.Stopped is null) is { } open
            ? change.Commit(Close(call, open, change, paused: true))
            : new NetworkError(NetworkErrorCode.CallStateInvalid, $"call {id} is not being recorded for {extension}; start a recording first, or resume a paused one.");
    }

    public Outcome<Call, NetworkError> Resume(CallId id, ExtensionNumber extension, Change change)
    {
        Outcome<Call, NetworkError> found = Recordable(id, extension);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        Call call = found.Value;
        if (PausedSpan(call, extension) is not { } paused)
        {
            return new NetworkError(NetworkErrorCode.CallStateInvalid, $"the recording of call {id} for {extension} is not paused; pause a running recording first.");
        }

        call = call with { Recordings = call.Recordings.Replace(paused, paused with { Paused = false }).Add(new CallRecording(extension, paused.Format, change.Now)) };
        change.Record(NetworkEventKind.RecordingStarted, call, extension.ToString(), new SpanPayload(paused.Format));
        return change.Commit(call);
    }

    private static CallRecording? PausedSpan(Call call, ExtensionNumber extension) =>
        call.Recordings.LastOrDefault(r => r.Extension == extension) is { Paused: true } last ? last : null;

    /// <summary>Every recording still running stops with the call.</summary>
    public Call OnCallEnded(Call call, Change change) =>
        call.Recordings.Where(r => r.Stopped is null).ToList().Aggregate(call, (c, open) => Close(c, open, change));

    private Outcome<Call, NetworkError> Recordable(CallId id, ExtensionNumber extension)
    {
        if (kernel.Calls.FindLive(id) is not { } call)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live call {id}; it may have ended.");
        }

        if (call.Phase != CallPhase.Connected)
        {
            return new NetworkError(NetworkErrorCode.CallNotConnected, $"call {id} is not connected yet; a recording starts once both sides talk.");
        }

        return Perspectives.Of(call).Any(p => p.Extension == extension)
            ? call
            : new NetworkError(NetworkErrorCode.PhoneNotInCall, $"{extension} has no part in call {id}; record it from the perspective of one of its extensions.");
    }

    private static Call Close(Call call, CallRecording open, Change change, bool paused = false)
    {
        CallRecording closed = open with { Stopped = change.Now, Paused = paused };
        call = call with { Recordings = call.Recordings.Replace(open, closed) };
        change.Record(NetworkEventKind.RecordingStopped, call, open.Extension.ToString(), new SpanPayload(open.Format, closed.Length));
        return call;
    }
}
