using System.Globalization;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>
/// <c>conferences/notifications/create|list|delete</c>: who is told just before a conference starts, kept with the
/// network's conference. The network does not place the notification calls yet (docs/api-coverage.md).
/// </summary>
public sealed class EnswitchNotificationService(EnswitchConferences conferences)
{
    private const int MaxDestinationLength = 254;
    private static readonly string[] Types = ["email", "number"];
    private static readonly string[] Levels = ["admin", "talk", "listen"];

    public EnswitchEnvelope Create(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = Conference(request);
        string? type = Required(input, "type", input.Choice("type", Types), "send type=number (a phone to call) or type=email.");
        string? level = Required(input, "level", input.Choice("level", Levels), "send level=admin, level=talk or level=listen: the access the notified person gets.");
        string? destination = Required(input, "destination", input.Text("destination", MaxDestinationLength), "send the number or e-mail address to notify.");
        if (type is not null && destination is not null)
        {
            CheckDestination(input, type, destination.Trim());
        }

        bool validationOnly = input.ValidationOnly;
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        if (!found.Succeeded)
        {
            return found.Error;
        }

        if (validationOnly)
        {
            return EnswitchEnvelope.Validated();
        }

        var notification = new ConferenceNotification(
            0,
            type == "email" ? ConferenceNotificationKind.Email : ConferenceNotificationKind.Number,
            destination!.Trim(),
            level switch { "admin" => ConferenceRole.Admin, "listen" => ConferenceRole.Listener, _ => ConferenceRole.Talker });
        Outcome<ConferenceNotification, NetworkError> added = conferences.Directory.AddNotification(found.Value.Fields.Id, notification);
        return added.Succeeded ? EnswitchEnvelope.Done() : EnswitchEnvelope.NotFound("conference", $"{added.Error.Message} It was deleted meanwhile.");
    }

    public EnswitchEnvelope List(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = Conference(request);
        if (!request.Input.IsValid)
        {
            return EnswitchEnvelope.Invalid(request.Input.Problems);
        }

        return found.Succeeded
            ? EnswitchEnvelope.Ok(found.Value.Conference.Notifications.Select(n => ToResource(n, found.Value.Fields.Id)).ToList())
            : found.Error;
    }

    public EnswitchEnvelope Delete(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        int? id = Required(input, "id", input.Integer("id", 1, int.MaxValue, " (a notification id)"), "send the id of the notification (conferences/notifications/list gives them).");
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        ConferenceResource? holder = request.Caller.VisibleCustomers
            .SelectMany(c => conferences.VisibleOf(request.Caller, c))
            .FirstOrDefault(c => conferences.Directory.Find(c.Id)?.Notifications.Any(n => n.Id == id) == true);
        return holder is not null && conferences.Directory.RemoveNotification(id!.Value)
            ? EnswitchEnvelope.Done()
            : EnswitchEnvelope.NotFound("id", string.Create(CultureInfo.InvariantCulture,
                $"there is no notification {id} on a conference you may see; send the id of one (conferences/notifications/list gives them)."));
    }

    /// <summary>The conference of <c>conference</c> (an id) or <c>code</c>: one of the two, not both.</summary>
    private Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> Conference(EnswitchRequest request)
    {
        EnswitchInput input = request.Input;
        int? id = input.Integer("conference", 1, int.MaxValue, " (a conference id)");
        string? code = input.Digits("code", ScheduledConference.MaxNumberLength, "123456");
        if (input.HasProblem("conference") || input.HasProblem("code"))
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        if ((id is null) == (code is null))
        {
            input.Invalid(id is null ? "conference" : "code", id is null
                ? "send conference (its id) or code to name the conference; both are missing."
                : "send conference or code, not both: they could name two conferences.");
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        return id is { } given ? conferences.Find(request.Caller, given, "conference") : conferences.FindByCode(request.Caller, code!, "code");
    }

    private static void CheckDestination(EnswitchInput input, string type, string destination)
    {
        bool valid = type == "email"
            ? destination.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && at < destination.Length - 1 && !destination.Any(char.IsWhiteSpace)
            : DialedNumber.Parse(destination) is not null;
        if (!valid)
        {
            input.Invalid("destination", type == "email"
                ? $"'{destination}' is not an e-mail address; send one such as someone@example.com, or type=number with a phone number."
                : $"'{destination}' is not a phone number; send one such as 2125551234 or an extension such as 0003*210.");
        }
    }

    private static T? Required<T>(EnswitchInput input, string key, T? value, string hint)
    {
        if (value is null && !input.HasProblem(key))
        {
            input.Invalid(key, $"{key} is missing; {hint}");
        }

        return value;
    }

    private static NotificationResource ToResource(ConferenceNotification notification, int conference) => new(
        notification.Id,
        conference,
        notification.Kind == ConferenceNotificationKind.Email ? "email" : "number",
        notification.Destination,
        notification.Role switch { ConferenceRole.Admin => "admin", ConferenceRole.Listener => "listen", _ => "talk" });
}
