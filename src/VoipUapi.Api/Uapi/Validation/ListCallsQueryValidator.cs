using FluentValidation;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class ListCallsQueryValidator : ListQueryValidator<ListCallsQuery>
{
    public const int MaxCount = 5000;
    public static readonly string[] FilterFields = ["id", "published"];
    public static readonly string[] FilterOperators = ["equals", "contains", "startsWith", "present", "greaterThan", "lessThan", "inArray"];
    public static readonly string[] SortOrders = ["ascending", "descending"];
    public static readonly string[] PhoneCallFields = ["id", "nonce", "extension", "ownerId", "ownerName", "published", "answered", "phoneCallView", "links"];

    public ListCallsQueryValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        PagingRules(q => q.Count, q => q.StartIndex);

        RuleFor(q => q.FilterBy)
            .Must(v => FilterFields.Contains(v, StringComparer.Ordinal))
            .When(q => q.FilterBy is not null || q.FilterOp is not null || q.FilterValue is not null)
            .WithErrorCode(FilterByInvalid)
            .WithMessage(q => q.FilterBy is null
                ? "filterOp and filterValue need filterBy; send filterBy=id or filterBy=published."
                : $"'{q.FilterBy}' cannot be filtered on; send filterBy=id or filterBy=published.");

        RuleFor(q => q.FilterOp)
            .Must(v => FilterOperators.Contains(v, StringComparer.Ordinal))
            .When(q => q.FilterOp is not null)
            .WithErrorCode(FilterOpInvalid)
            .WithMessage(q => $"'{q.FilterOp}' is not a filter operator; send one of {string.Join(", ", FilterOperators)}.");

        RuleFor(q => q.FilterValue)
            .Must((q, v) => HasUsableValue(q))
            .When(q => q.FilterBy is not null)
            .WithErrorCode(FilterValueInvalid)
            .WithMessage(q => q.FilterValue is null
                ? $"filterOp {q.FilterOp ?? "contains"} needs a filterValue; send the value to compare with."
                : $"'{q.FilterValue}' is not a date; filterBy=published with greaterThan or lessThan needs an ISO 8601 date such as 2026-01-01T10:00:00Z.");

        RuleFor(q => q.SortOrder)
            .Must(v => SortOrders.Contains(v, StringComparer.Ordinal))
            .When(q => q.SortOrder is not null)
            .WithErrorCode(SortOrderInvalid)
            .WithMessage(q => $"'{q.SortOrder}' is not a sort order; send sortOrder=ascending or sortOrder=descending.");

        RuleFor(q => q.Fields)
            .Must(v => QueryValues.List(v) is { Count: > 0 } fields && fields.All(f => PhoneCallFields.Contains(f, StringComparer.Ordinal)))
            .When(q => q.Fields is not null)
            .WithErrorCode(FieldsInvalid)
            .WithMessage(q => $"'{q.Fields}' names no PhoneCall field or an unknown one; send a comma-separated list of {string.Join(", ", PhoneCallFields)}.");
    }

    private static bool HasUsableValue(ListCallsQuery query)
    {
        if (query.FilterOp == "present")
        {
            return true;
        }

        if (string.IsNullOrEmpty(query.FilterValue))
        {
            return false;
        }

        return query.FilterBy != "published" || query.FilterOp is not ("greaterThan" or "lessThan")
            || DateTimeOffset.TryParse(query.FilterValue, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
