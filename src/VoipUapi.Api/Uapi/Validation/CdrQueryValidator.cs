using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using VoipUapi.Api.Uapi.Cdr;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>Checks the form of a CDR list's parameters; what the numbers name is resolved later.</summary>
public sealed class CdrQueryValidator : ListQueryValidator<CdrQuery>
{
    public const string DateHint = "an ISO 8601 date such as 2026-01-01T10:00:00Z";
    public static readonly string[] FilterFields = ["source", "destination", "published", "answered"];
    public static readonly string[] RecordFields =
        ["id", "nonce", "extension", "ownerId", "ownerName", "published", "answered", "ended", "duration", "disposition", "flow", "phoneCallView", "queue"];

    public CdrQueryValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        PagingRules(q => q.Count, q => q.StartIndex);

        RuleFor(q => q.FilterBy)
            .Must(v => FilterFields.Contains(v, StringComparer.Ordinal))
            .When(q => q.FilterBy is not null || q.FilterValue is not null)
            .WithErrorCode(FilterByInvalid)
            .WithMessage(q => q.FilterBy is null
                ? "filterValue needs filterBy; send filterBy=source, destination, published or answered."
                : $"'{q.FilterBy}' cannot be filtered on; send filterBy=source, destination, published or answered.");

        RuleFor(q => q.FilterValue)
            .NotEmpty()
            .When(q => q.FilterBy is not null)
            .WithErrorCode(FilterValueInvalid)
            .WithMessage(q => $"filterBy={q.FilterBy} needs a filterValue; send the number or the date to compare with.");

        FilterValueRule("published", CdrFilterByPublishedInvalid);
        FilterValueRule("answered", CdrFilterByAnsweredInvalid);
        FilterValueRule("source", CdrFilterBySourceInvalid);
        FilterValueRule("destination", CdrFilterByDestinationInvalid);
        NumberRule(q => q.Source, "source", CdrSourceInvalid);
        NumberRule(q => q.Destination, "destination", CdrDestinationInvalid);
        DateRule(q => q.StartDate, "startDate", CdrStartDateInvalid);
        DateRule(q => q.EndDate, "endDate", CdrEndDateInvalid);
        DateRule(q => q.SaveStartDate, "saveStartDate", CdrSaveStartDateInvalid);
        DateRule(q => q.SaveEndDate, "saveEndDate", CdrSaveEndDateInvalid);

        RuleFor(q => q.StartDate)
            .Must((q, start) => !TryParseDate(start, out DateTimeOffset from) || !TryParseDate(q.EndDate, out DateTimeOffset to) || from <= to)
            .WithErrorCode(CdrDatesInvalid)
            .WithMessage(q => $"startDate {q.StartDate} is after endDate {q.EndDate}; send a startDate at or before the endDate.");

        RuleFor(q => q.SaveStartDate)
            .Must((q, start) => !TryParseDate(start, out DateTimeOffset from) || !TryParseDate(q.SaveEndDate, out DateTimeOffset to) || from <= to)
            .WithErrorCode(CdrDatesInvalid)
            .WithMessage(q => $"saveStartDate {q.SaveStartDate} is after saveEndDate {q.SaveEndDate}; send a saveStartDate at or before the saveEndDate.");

        RuleFor(q => q.Disposition)
            .Must(v => v is { Length: 1 } && v[0] is >= '0' and <= '5')
            .When(q => q.Disposition is not null)
            .WithErrorCode(CdrDispositionInvalid)
            .WithMessage(q => $"'{q.Disposition}' is not a disposition; send 0 (answered), 1 (busy), 2 (failed), 3 (no answer), 4 (unknown) or 5 (not allowed).");

        RuleFor(q => q.Flow)
            .Must(v => v is "2" or "4" or "8")
            .When(q => q.Flow is not null)
            .WithErrorCode(CdrFlowInvalid)
            .WithMessage(q => $"'{q.Flow}' is not a flow; send 2 (local call), 4 (outgoing public call) or 8 (incoming public call).");

        SortOrderRule(q => q.SortOrder);
        FieldsRule(q => q.Fields, RecordFields, "call record");
    }

    /// <summary>An ISO 8601 date; one without an offset is UTC.</summary>
    public static bool TryParseDate(string? text, out DateTimeOffset date) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);

    private void FilterValueRule(string field, string code)
    {
        bool isDate = field is "published" or "answered";
        RuleFor(q => q.FilterValue)
            .Must(v => isDate ? TryParseDate(v, out _) : DialedNumber.Parse(v) is not null)
            .When(q => q.FilterBy == field)
            .WithErrorCode(code)
            .WithMessage(q => isDate
                ? $"'{q.FilterValue}' is not a date; filterBy={field} keeps the calls from that date on: send {DateHint}."
                : $"'{q.FilterValue}' is not a phone number; send {UapiErrors.NumberHint}.");
    }

    private void NumberRule(Expression<Func<CdrQuery, string?>> field, string name, string code)
    {
        Func<CdrQuery, string?> read = field.Compile();
        RuleFor(field)
            .Must(v => DialedNumber.Parse(v) is not null)
            .When(q => read(q) is not null)
            .WithErrorCode(code)
            .WithMessage(q => $"{name} '{read(q)}' is not a phone number; send {UapiErrors.NumberHint}.");
    }

    private void DateRule(Expression<Func<CdrQuery, string?>> field, string name, string code)
    {
        Func<CdrQuery, string?> read = field.Compile();
        RuleFor(field)
            .Must(v => TryParseDate(v, out _))
            .When(q => read(q) is not null)
            .WithErrorCode(code)
            .WithMessage(q => $"{name} '{read(q)}' is not a date; send {DateHint}.");
    }
}
