using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Events;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator;

/// <summary>Inbound calls and the call history of the control API, over the network's live and retained ended calls.</summary>
public sealed class EmulatorCallService(TelephonyNetwork network, EmulatorPhoneBook phones, TimeProvider time)
{
    /// <summary>Places a validated inbound call: 404 when <c>to</c> is no extension, 409 when the caller is engaged.</summary>
    public Outcome<EmulatorCallResource, ControlProblem> PlaceInbound(InboundCallRequest request)
    {
        Outcome<Extension, ControlProblem> extension = phones.FindExtension(request.To!);
        if (!extension.Succeeded)
        {
            return extension.Error;
        }

        if (phones.OrganizationOf(extension.Value) is not { } organization)
        {
            return ControlProblem.NotFound($"the organization of {extension.Value.Number} is not in the seed; send an extension of an organization the seed has.");
        }

        string from = request.From!.Trim();
        CallerId callerId = CallerId.TryParse(request.CallerId, out CallerId? given) ? given : new CallerId(string.Empty, from);
        var order = new InboundCallOrder(
            from,
            extension.Value,
            organization,
            callerId,
            request.WaitForPickup is { } wait ? TimeSpan.FromSeconds(wait) : null,
            request.CallDuration is { } duration ? TimeSpan.FromSeconds(duration) : null,
            request.Digits);
        Outcome<Call, NetworkError> placed = network.PlaceInboundCall(order);
        if (!placed.Succeeded)
        {
            return ControlProblem.Conflict(placed.Error.Message);
        }

        return EmulatorCallMapper.ToResource(placed.Value, time.GetUtcNow());
    }

    /// <summary>Live and ended calls that match the (validated) filters, newest first; calls published at one instant in reverse order of placing.</summary>
    public CallListResource History(CallQuery query)
    {
        string? number = query.Number?.Trim();
        var calls = new Dictionary<CallId, Call>();
        if (query.State != "ended")
        {
            foreach (Call live in number is null ? (IEnumerable<Call>)network.LiveCalls : network.LiveCallsOf(number))
            {
                calls[live.Id] = live;
            }
        }

        if (query.State != "live")
        {
            foreach (Call ended in number is null ? network.EndedCalls : network.EndedCallsInvolving([number]))
            {
                calls[ended.Id] = ended;
            }
        }

        DateTimeOffset? since = query.Since is not null && ClockText.TryParse(query.Since, out DateTimeOffset at) ? at : null;
        DateTimeOffset now = time.GetUtcNow();
        List<EmulatorCallResource> matching = calls.Values
            .Where(call => query.State is null || (query.State == "live") == call.IsLive)
            .Where(call => since is null || call.Published >= since)
            .OrderByDescending(call => call.Published)
            .ThenByDescending(call => network.Events.PublicationOf(call.Id))
            .Select(call => EmulatorCallMapper.ToResource(call, now))
            .ToList();
        return new CallListResource(matching.Count, matching);
    }

    /// <summary>The live or retained ended call with its timeline, or 404.</summary>
    public Outcome<EmulatorCallResource, ControlProblem> Find(string id)
    {
        if (network.FindCall(new CallId(id)) is not { } call)
        {
            return Unknown(id);
        }

        return EmulatorCallMapper.ToResource(call, time.GetUtcNow(), network.Events.Of(call.Id));
    }

    /// <summary>Ends the whole live call, as if every party hung up: 404 for an unknown id, 409 for a call that has ended.</summary>
    public Outcome<EmulatorCallResource, ControlProblem> HangUp(string id)
    {
        if (network.FindCall(new CallId(id)) is not { } call)
        {
            return Unknown(id);
        }

        if (!call.IsLive)
        {
            return ControlProblem.Conflict($"call {call.Id} has already ended ({EmulatorNames.Of(call.Disposition)}); GET /emulator/calls?state=live lists the live ones.");
        }

        Outcome<Call, NetworkError> hungUp = network.HangUp(call.Id);
        return hungUp.Succeeded
            ? EmulatorCallMapper.ToResource(hungUp.Value, time.GetUtcNow())
            : ControlProblem.Conflict(hungUp.Error.Message);
    }

    private ControlProblem Unknown(string id)
    {
        string shape = id.Length == CallId.Length && id.All(char.IsAsciiHexDigitLower)
            ? $"ended calls are kept for the last Telephony:HistoryCapacity calls ({network.Options.HistoryCapacity}) and until a reset"
            : $"call ids are {CallId.Length} lowercase hex characters";
        return ControlProblem.NotFound($"there is no call {EmulatorNames.Quoted(id)}; {shape}. GET /emulator/calls lists the calls there are.");
    }
}
