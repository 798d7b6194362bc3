using FluentValidation;
using VoipUapi.Api.Uapi.CallEvents;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class ListPhoneCallEventsQueryValidator : AbstractValidator<ListPhoneCallEventsQuery>
{
    public static readonly string[] EventFields = ["type", "id", "method", "note", "url", "status", "modified", "links"];

    public ListPhoneCallEventsQueryValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;
        int max = ListCallsQueryValidator.MaxCount;

        RuleFor(q => q.Count)
            .Must(v => QueryValues.TryParseWholeNumber(v, 1, max, out _))
            .When(q => q.Count is not null)
            .WithErrorCode(CountInvalid)
            .WithMessage(q => $"'{q.Count}' is not a whole number from 1 to {max}; send for example count=20.");

        RuleFor(q => q.StartIndex)
            .Must(v => QueryValues.TryParseWholeNumber(v, 0, max, out _))
            .When(q => q.StartIndex is not null)
            .WithErrorCode(StartIndexInvalid)
            .WithMessage(q => $"'{q.StartIndex}' is not a whole number from 0 to {max}; send for example startIndex=0.");

        RuleFor(q => q.SortOrder)
            .Must(v => ListCallsQueryValidator.SortOrders.Contains(v, StringComparer.Ordinal))
            .When(q => q.SortOrder is not null)
            .WithErrorCode(SortOrderInvalid)
            .WithMessage(q => $"'{q.SortOrder}' is not a sort order; send sortOrder=ascending or sortOrder=descending.");

        RuleFor(q => q.Fields)
            .Must(v => QueryValues.List(v) is { Count: > 0 } fields && fields.All(f => EventFields.Contains(f, StringComparer.Ordinal)))
            .When(q => q.Fields is not null)
            .WithErrorCode(FieldsInvalid)
            .WithMessage(q => $"'{q.Fields}' names no PhoneCallEvent field or an unknown one; send a comma-separated list of {string.Join(", ", EventFields)}.");
    }
}
