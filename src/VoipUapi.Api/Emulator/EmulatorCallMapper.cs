using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Events;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Phones;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Emulator;

/// <summary>Engine values as the control API writes them.</summary>
public static class EmulatorCallMapper
{
    /// <summary><paramref name="call"/> at <paramref name="now"/>; with <paramref name="timeline"/> (its events) for the single-call answer.</summary>
    public static EmulatorCallResource ToResource(Call call, DateTimeOffset now, IReadOnlyList<NetworkEvent>? timeline = null)
    {
        DateTimeOffset ringingUntil = call.Answered ?? call.Ended ?? now;
        return new EmulatorCallResource
        {
            Id = call.Id.Value,
            Kind = EmulatorNames.Of(call.Kind),
            State = call.IsLive ? "live" : "ended",
            Phase = EmulatorNames.Of(call.Phase),
            Nonce = call.Nonce,
            Extension = call.Extension.ToString(),
            OwnerUserId = call.OwnerUserId,
            OrganizationCode = call.Organization.Code,
            Sources = [.. call.Sources.Select(phone => phone.Value)],
            Destinations = [.. call.Destinations.Select(phone => phone.Value)],
            SourceCallerId = call.SourceCallerId.ToString(),
            DestinationCallerId = call.DestinationCallerId.ToString(),
            WaitForPickupSeconds = SecondsOrNull(call.WaitForPickup),
            CallDurationSeconds = SecondsOrNull(call.Duration),
            Published = call.Published.UtcDateTime,
            Answered = call.Answered?.UtcDateTime,
            Ended = call.Ended?.UtcDateTime,
            Disposition = EmulatorNames.Of(call.Disposition),
            DispositionCode = (int?)call.Disposition,
            RingingSeconds = Math.Max(0, (ringingUntil - call.Published).TotalSeconds),
            TalkSeconds = call.Answered is { } answered ? Math.Max(0, ((call.Ended ?? now) - answered).TotalSeconds) : 0,
            Legs = [.. call.Legs.Select(leg => ToResource(call, leg))],
            Views = [.. CallViews.Of(call).Select(ToResource)],
            Queue = call.Queue is { } visit
                ? new CallQueueResource(visit.Queue.ToString(), visit.Entered.UtcDateTime, EmulatorNames.Of(visit.Outcome), visit.AnsweredBy?.ToString(), visit.Left?.UtcDateTime)
                : null,
            Timeline = timeline?.Select(ToResource).ToList(),
            TimelineComplete = timeline is null ? null : timeline.Count > 0 && timeline[0].Kind == NetworkEventKind.CallPublished,
        };
    }

    public static PhoneStatusResource ToResource(PhoneStatus status)
    {
        List<PhoneLineResource> lines = [.. status.Lines.Select(line => new PhoneLineResource(line.Call.Id.Value, ViewIdOf(line.Call, status.Phone), EmulatorNames.Of(line.State)))];
        return new PhoneStatusResource(
            status.Phone.Value,
            EmulatorNames.Of(status.Phone.Kind),
            EmulatorNames.Of(status.State),
            status.CallId?.Value,
            lines.Find(line => line.CallId == status.CallId?.Value)?.ViewId,
            lines,
            status.Phone.Kind == PhoneAddressKind.Sandbox ? null : status.LineCount,
            ToResource(status.Behaviour),
            status.Overridden,
            status.Registered);
    }

    public static PhoneBehaviourResource ToResource(PhoneBehaviour behaviour) => new(
        EmulatorNames.Of(behaviour.Kind),
        behaviour.AnswerAfter.TotalSeconds,
        behaviour.HangUpAfter?.TotalSeconds,
        behaviour.Digits);

    /// <summary>The behaviour a validated script asks for.</summary>
    public static PhoneBehaviour ToBehaviour(PhoneScript script)
    {
        if (!EnumNames.TryParse(script.Behaviour, out PhoneBehaviourKind kind))
        {
            throw new ArgumentException($"behaviour '{script.Behaviour}' was not validated", nameof(script));
        }

        return new PhoneBehaviour(
            kind,
            TimeSpan.FromSeconds(script.AnswerAfterSeconds ?? 0),
            script.HangUpAfterSeconds is { } hangUp ? TimeSpan.FromSeconds(hangUp) : null,
            script.Digits);
    }

    private static CallLegResource ToResource(Call call, CallLeg leg) => new(
        leg.Phone.Value,
        EmulatorNames.Of(leg.Phone.Kind),
        EmulatorNames.Of(leg.Role),
        EmulatorNames.Of(leg.State),
        leg.Started.UtcDateTime,
        leg.Answered?.UtcDateTime,
        leg.Ended?.UtcDateTime,
        leg.ShownCallerId.ToString(),
        ToResource(leg.Behaviour),
        AudioOf(leg.Audio),
        leg.Audio?.SpeaksToLeg is { } coached ? call.Legs[coached].Phone.Value : null);

    private static string AudioOf(PartyAudio? audio) => audio switch
    {
        null or { HearsCall: true, SpeaksToAll: true } => "full",
        { SpeaksToLeg: not null, HearsCall: true } => "whisper",
        { SpeaksToLeg: not null } => "privateWhisper",
        _ => "monitor",
    };

    private static CallViewResource ToResource(CallView view) => new(
        view.Id,
        view.Extension.ToString(),
        view.Source,
        view.Destination,
        EmulatorNames.Of(view.Flow),
        (int)view.Flow,
        EmulatorNames.Of(view.Status),
        (int)view.Status,
        view.Ringing?.UtcDateTime,
        view.Answered?.UtcDateTime,
        view.CallerId.ToString(),
        view.OnHold?.UtcDateTime,
        view.IsHolder,
        view.Parking?.Since.UtcDateTime,
        view.Parking?.Position,
        view.Parking?.ParkedBy.Value,
        view.Recording?.UtcDateTime);

    private static CallEventResource ToResource(NetworkEvent change) => new(
        change.Sequence,
        change.At.UtcDateTime,
        EmulatorNames.Of(change.Kind),
        change.Phone,
        change.Kind is NetworkEventKind.LegEnded or NetworkEventKind.CallEnded && change.Detail is { } name
            ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name)
            : change.Detail);

    /// <summary>The view of <paramref name="call"/> that is <paramref name="phone"/>'s own, when it is a local extension.</summary>
    private static string? ViewIdOf(Call call, PhoneAddress phone) =>
        CallViews.Of(call).FirstOrDefault(view => string.Equals(view.Extension.ToString(), phone.Value, StringComparison.Ordinal))?.Id;

    private static double? SecondsOrNull(TimeSpan span) => span == Timeout.InfiniteTimeSpan ? null : span.TotalSeconds;
}
