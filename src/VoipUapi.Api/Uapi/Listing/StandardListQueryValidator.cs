using FluentValidation;
using VoipUapi.Api.Uapi.Validation;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Listing;

/// <summary>The standard list parameters, checked against what one list allows (<see cref="ListShape"/>).</summary>
public abstract class StandardListQueryValidator<TQuery> : ListQueryValidator<TQuery>
    where TQuery : IStandardListQuery
{
    protected StandardListQueryValidator(ListShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ClassLevelCascadeMode = CascadeMode.Stop;
        string filterFields = string.Join(" or ", shape.FilterFields.Select(f => $"filterBy={f}"));

        PagingRules(q => q.Count, q => q.StartIndex);
        RuleFor(q => q.FilterBy)
            .Must(v => shape.FilterFields.Contains(v, StringComparer.Ordinal))
            .When(q => q.FilterBy is not null || q.FilterOp is not null || q.FilterValue is not null)
            .WithErrorCode(FilterByInvalid)
            .WithMessage(q => q.FilterBy is null
                ? $"filterOp and filterValue need filterBy; send {filterFields}."
                : $"{shape.Resource} records cannot be filtered by '{q.FilterBy}'; send {filterFields}.");
        RuleFor(q => q.FilterOp)
            .Must(v => shape.FilterOperators.Contains(v, StringComparer.Ordinal))
            .When(q => q.FilterOp is not null)
            .WithErrorCode(FilterOpInvalid)
            .WithMessage(q => $"'{q.FilterOp}' is not a filter operator of {shape.Resource} lists; send one of {string.Join(", ", shape.FilterOperators)}.");
        RuleFor(q => q.FilterValue)
            .NotEmpty()
            .When(q => q.FilterBy is not null)
            .WithErrorCode(FilterValueInvalid)
            .WithMessage("filterBy needs a filterValue; send the value to compare with.");
        RuleFor(q => q.SortOrder)
            .Must(v => ListShape.SortOrders.Contains(v, StringComparer.Ordinal))
            .When(q => q.SortOrder is not null)
            .WithErrorCode(SortOrderInvalid)
            .WithMessage(q => $"'{q.SortOrder}' is not a sort order; send sortOrder=asc or sortOrder=desc (records are ordered by {shape.SortedBy}).");
        FieldsRule(q => q.Fields, shape.Fields, shape.Resource);
    }
}
