using System.Globalization;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Conferences;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>
/// <c>conferences/create|get|list|update|delete</c> and <c>conferences/unused/code</c>: the rules of the vendor's
/// tables, then the network's conference directory, whose rooms a UAPI invite (or any dialect) joins.
/// </summary>
public sealed class EnswitchConferenceService(EnswitchConferences conferences, TimeProvider time)
{
    public EnswitchEnvelope Create(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        EnswitchCustomer? customer = Customer(request, "create in");
        ConferenceResource fields = ConferenceParameters.Apply(input, new ConferenceResource());
        if (fields.Code.Length == 0 && !input.HasProblem("code"))
        {
            input.Invalid("code", "code is missing; send the conference code callers will use, e.g. code=123456 (conferences/unused/code gives a free one).");
        }

        ConferenceParameters.CheckRules(input, fields);
        if (customer is not null)
        {
            conferences.CheckCodeIsFree(input, customer, fields.Code, self: null);
            conferences.CheckOwner(input, customer, fields.Owner);
        }

        if (Checked(input) is { } answer)
        {
            return answer;
        }

        ScheduledConference conference = ConferenceMapping.ToScheduled(
            fields, customer!.ConferenceExtension!.Number, ConferenceMapping.StartOf(fields, time.GetUtcNow(), current: null, dateSent: true));
        Outcome<ScheduledConference, NetworkError> created = conferences.Directory.Create(conference);
        return created.Succeeded
            ? EnswitchEnvelope.Ok(new CreatedConference(conferences.Directory.IdOf(conference.Key) ?? 0))
            : Refused(created.Error);
    }

    public EnswitchEnvelope Get(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = ByIdOrCode(request);
        return found.Succeeded ? EnswitchEnvelope.Ok(found.Value.Fields) : found.Error;
    }

    public EnswitchEnvelope List(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchCustomer? customer = Customer(request, "list the conferences of");
        return request.Input.IsValid ? EnswitchEnvelope.Ok(conferences.VisibleOf(request.Caller, customer!)) : EnswitchEnvelope.Invalid(request.Input.Problems);
    }

    public EnswitchEnvelope Update(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = ById(request);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (ScheduledConference current, ConferenceResource was) = found.Value;
        ConferenceResource fields = ConferenceParameters.Apply(input, was);
        ConferenceParameters.CheckRules(input, fields);
        EnswitchCustomer customer = conferences.CustomerOf(current.Host)!;
        conferences.CheckCodeIsFree(input, customer, fields.Code, self: was.Id);
        conferences.CheckOwner(input, customer, fields.Owner);
        bool dateSent = ConferenceParameters.SendsDate(input);
        if (Checked(input) is { } answer)
        {
            return answer;
        }

        DateTimeOffset? start = ConferenceMapping.StartOf(fields, time.GetUtcNow(), current.Start, dateSent);
        ScheduledConference updated = ConferenceMapping.ToScheduled(fields, current.Host, start) with { Notifications = current.Notifications };
        Outcome<ScheduledConference, NetworkError> changed = conferences.Directory.Update(was.Id, updated);
        return changed.Succeeded ? EnswitchEnvelope.Done() : Refused(changed.Error);
    }

    public EnswitchEnvelope Delete(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> found = ById(request);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        return conferences.Directory.Remove(found.Value.Conference.Key)
            ? EnswitchEnvelope.Done()
            : EnswitchEnvelope.NotFound("id", $"conference {found.Value.Fields.Id} was deleted meanwhile; there is nothing left to delete.");
    }

    public EnswitchEnvelope UnusedCode(EnswitchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchCustomer? customer = Customer(request, "find a code in");
        return request.Input.IsValid ? EnswitchEnvelope.Ok(new UnusedCode(conferences.UnusedCode(customer!))) : EnswitchEnvelope.Invalid(request.Input.Problems);
    }

    /// <summary>
    /// The customer the request names in <c>customer</c> (default: the caller's own), if the caller may see it and
    /// it has a Conference extension; otherwise null, and the problem is recorded on <c>customer</c>.
    /// </summary>
    private static EnswitchCustomer? Customer(EnswitchRequest request, string action)
    {
        EnswitchCustomer? customer = CustomerParameter.Read(request, action);
        if (customer is null)
        {
            return null;
        }

        if (customer.ConferenceExtension is null)
        {
            request.Input.Invalid("customer", string.Create(CultureInfo.InvariantCulture,
                $"customer {customer.Id} ({customer.Name}) has no conference extension, so it has no conferences; send a customer that has one ({Hosting(request.Caller)})."));
            return null;
        }

        return customer;
    }

    private static string Hosting(EnswitchCaller caller) =>
        string.Join(", ", caller.VisibleCustomers.Where(c => c.ConferenceExtension is not null).Select(c => c.Id.ToString(CultureInfo.InvariantCulture))) is { Length: > 0 } ids
            ? $"you may use {ids}"
            : "none you may see has one";

    /// <summary>The conference of <c>id</c> (required).</summary>
    private Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> ById(EnswitchRequest request)
    {
        EnswitchInput input = request.Input;
        int? id = input.Integer("id", 1, int.MaxValue, " (a conference id)");
        if (id is null && !input.HasProblem("id"))
        {
            input.Invalid("id", "id is missing; send the id of the conference (conferences/create answered it, conferences/list gives them all).");
        }

        return input.IsValid ? conferences.Find(request.Caller, id!.Value, "id") : EnswitchEnvelope.Invalid(input.Problems);
    }

    /// <summary>The conference of <c>id</c> or <c>code</c>: one of the two, not both.</summary>
    private Outcome<(ScheduledConference Conference, ConferenceResource Fields), EnswitchEnvelope> ByIdOrCode(EnswitchRequest request)
    {
        EnswitchInput input = request.Input;
        int? id = input.Integer("id", 1, int.MaxValue, " (a conference id)");
        string? code = input.Digits("code", ScheduledConference.MaxNumberLength, "123456");
        if (input.IsValid && (id is null) == (code is null))
        {
            input.Invalid(id is null ? "id" : "code", id is null
                ? "send id or code to name the conference; both are missing."
                : "send id or code, not both: they could name two conferences.");
        }

        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        return id is { } given ? conferences.Find(request.Caller, given, "id") : conferences.FindByCode(request.Caller, code!, "code");
    }

    /// <summary>The answer when the input is not to be acted on: its problems, or 201 for <c>validation=1</c>; null to go on.</summary>
    private static EnswitchEnvelope? Checked(EnswitchInput input)
    {
        bool validationOnly = input.ValidationOnly;
        return !input.IsValid ? EnswitchEnvelope.Invalid(input.Problems)
            : validationOnly ? EnswitchEnvelope.Validated()
            : null;
    }

    private static EnswitchEnvelope Refused(NetworkError error) => error.Code switch
    {
        NetworkErrorCode.ConferenceExists => EnswitchEnvelope.Invalid("code", $"{error.Message} (another request took the code meanwhile)"),
        NetworkErrorCode.ConferenceNotFound => EnswitchEnvelope.NotFound("id", $"{error.Message} It was deleted meanwhile."),
        _ => EnswitchEnvelope.Invalid(string.Empty, error.Message),
    };
}
