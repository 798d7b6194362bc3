namespace VoipUapi.Telephony;

/// <summary>Calls that start outside the UAPI dialects, and putting the network back as the seed made it.</summary>
public sealed partial class TelephonyNetwork
{
    /// <summary>A caller of the public network dials a local extension: the caller is on the line, the extension rings.</summary>
    public NetworkResult<Call> PlaceInboundCall(InboundCallOrder order)
    {
        lock (_gate)
        {
            PhoneAddress caller = PhoneAddress.ForPublic(order.From);
            if (_engagedPhones.TryGetValue(caller.Value, out CallId busyWith))
            {
                return NetworkResult<Call>.Failure(NetworkErrorCode.PhoneEngaged, $"{caller} is already on call {busyWith}; hang that up first or call from another number.");
            }

            DateTimeOffset now = _time.GetUtcNow();
            var call = new Call
            {
                Id = NewCallId(),
                Kind = CallKind.Inbound,
                Extension = order.Extension.Number,
                OwnerUserId = order.Extension.OwnerUserId,
                Organization = order.Organization,
                Sources = [caller],
                Destinations = [PhoneAddress.ForExtension(order.Extension.Number)],
                SourceCallerId = order.CallerId,
                DestinationCallerId = order.CallerId,
                WaitForPickup = order.WaitForPickup ?? TimeSpan.FromSeconds(_options.DefaultWaitForPickupSeconds),
                Duration = order.Duration ?? TimeSpan.FromSeconds(_options.DefaultCallDurationSeconds),
                Published = now,
                Phase = CallPhase.RingingDestination,
            };
            Publish(call, now);
            var callerLeg = new CallLeg(0, caller, LegRole.Source, LegState.Answered, PhoneBehaviour.AnswersAtOnce, order.CallerId, now, Answered: now);
            call = call with { Legs = [callerLeg] };
            _engagedPhones[caller.Value] = call.Id;
            Events.Append(now, NetworkEventKind.LegAnswered, call.Id, caller.Value);
            return NetworkResult<Call>.Success(Commit(RingStage(call, LegRole.Destination, now)));
        }
    }

    /// <summary>
    /// Ends every live call (disposition Unknown), forgets the ended ones and every behaviour set at run time, and
    /// starts the call ids again from <paramref name="idSeed"/> (random when null). Events keep their numbering.
    /// The seed's conferences and calls in progress come back as they were at the start.
    /// </summary>
    public void Reset(int? idSeed)
    {
        lock (_gate)
        {
            DateTimeOffset now = _time.GetUtcNow();
            foreach (Call call in _live.Values.ToList())
            {
                Commit(End(call, CallDisposition.Unknown, LegState.Cancelled, now));
            }

            _history.Clear();
            _behaviourOverrides.Clear();
            _ids.Reseed(idSeed);
            RestoreSeededConferences();
            StartSeededCallsAgain(now);
        }
    }

    /// <summary>Makes call ids a pure function of <paramref name="seed"/> and the order of calls from now on (random when null).</summary>
    public void ReseedIds(int? seed)
    {
        lock (_gate)
        {
            _ids.Reseed(seed);
        }
    }
}
