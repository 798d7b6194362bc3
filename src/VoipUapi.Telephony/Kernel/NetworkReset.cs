namespace VoipUapi.Telephony.Kernel;

/// <summary>Puts the network back as the seed made it.</summary>
internal sealed class NetworkReset(NetworkKernel kernel, CallMachine machine, PhoneBehaviours behaviours, CallQueues queues, FaxSender faxes, SeededConferences conferences, SeededCalls calls)
{
    /// <summary>
    /// Ends every live call (disposition Unknown), forgets the ended ones and the faxes and every behaviour set at run time, and
    /// starts the call ids again from <paramref name="idSeed"/> (random when null). Events keep their numbering.
    /// The seed's conferences, queues (every agent online) and calls in progress come back as they were at the start.
    /// </summary>
    public void Reset(int? idSeed, Change change)
    {
        // Every live call leaves the indexes: emptied at once, rather than call by call out of sets of 100,000.
        kernel.Calls.Indexes.Clear();
        queues.Restore();
        foreach (Call call in kernel.Calls.Live.ToList())
        {
            change.Commit(machine.End(call, CallDisposition.Unknown, LegState.Cancelled, change));
        }

        kernel.Calls.History.Clear();
        faxes.Clear();
        behaviours.Clear();
        kernel.Calls.Ids.Reseed(idSeed);
        conferences.Restore();
        calls.StartAgain(change);
    }
}
