namespace VoipUapi.Telephony.Kernel;

/// <summary>Puts the network back as the seed made it.</summary>
internal sealed class NetworkReset(
    NetworkKernel kernel,
    IReadOnlyList<ILiveCallState> states,
    PhoneBehaviours behaviours,
    SeededConferences conferences,
    SeededCalls calls)
{
    /// <summary>
    /// Drops every call, live or ended, with what every feature keeps about them (lines, rooms, parking places,
    /// timers) and every behaviour set at run time, all at once: one <see cref="NetworkEventKind.NetworkReset"/>
    /// event, not an end per call, so that nothing listening (the event stream, webhooks, CometD) hears the calls of
    /// a test end in the next one. Call ids start again from <paramref name="idSeed"/> (random when null); events keep
    /// their numbering. The seed's conferences and calls in progress come back as they were at the start.
    /// <paramref name="asNew"/>: instead of that event, the event log starts over (<see cref="EventLog.StartOver"/>).
    /// </summary>
    public void Reset(int? idSeed, Change change, bool asNew)
    {
        int dropped = kernel.Calls.LiveCount;
        foreach (ILiveCallState state in states)
        {
            state.ForgetAll();
        }

        behaviours.Clear();
        kernel.Calls.Ids.Reseed(idSeed);
        conferences.Restore();
        if (asNew)
        {
            kernel.Events.StartOver();
        }
        else
        {
            change.RecordAboutNetwork(NetworkEventKind.NetworkReset, new NetworkResetPayload(dropped));
        }

        calls.StartAgain(change);
    }
}
