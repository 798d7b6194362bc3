using System.Linq.Expressions;
using FluentValidation;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>The rules of the standard list parameters <c>count</c>, <c>startIndex</c>, <c>sortOrder</c> and <c>fields</c>, for a list's validator.</summary>
public abstract class ListQueryValidator<T> : AbstractValidator<T>
{
    protected void PagingRules(Expression<Func<T, string?>> count, Expression<Func<T, string?>> startIndex)
    {
        int max = ListCallsQueryValidator.MaxCount;
        Func<T, string?> countOf = count.Compile();
        Func<T, string?> startOf = startIndex.Compile();
        RuleFor(count)
            .Must(v => QueryValues.TryParseWholeNumber(v, 1, max, out _))
            .When(q => countOf(q) is not null)
            .WithErrorCode(CountInvalid)
            .WithMessage(q => $"'{countOf(q)}' is not a whole number from 1 to {max}; send for example count=20.");
        RuleFor(startIndex)
            .Must(v => QueryValues.TryParseWholeNumber(v, 0, max, out _))
            .When(q => startOf(q) is not null)
            .WithErrorCode(StartIndexInvalid)
            .WithMessage(q => $"'{startOf(q)}' is not a whole number from 0 to {max}; send for example startIndex=0.");
    }

    protected void SortOrderRule(Expression<Func<T, string?>> sortOrder)
    {
        Func<T, string?> read = sortOrder.Compile();
        RuleFor(sortOrder)
            .Must(v => ListCallsQueryValidator.SortOrders.Contains(v, StringComparer.Ordinal))
            .When(q => read(q) is not null)
            .WithErrorCode(SortOrderInvalid)
            .WithMessage(q => $"'{read(q)}' is not a sort order; send sortOrder=ascending or sortOrder=descending.");
    }

    /// <param name="resource">What the fields are of, for the message (<c>PhoneCallEvent</c>).</param>
    protected void FieldsRule(Expression<Func<T, string?>> fields, IReadOnlyList<string> known, string resource)
    {
        Func<T, string?> read = fields.Compile();
        RuleFor(fields)
            .Must(v => QueryValues.List(v) is { Count: > 0 } names && names.All(f => known.Contains(f, StringComparer.Ordinal)))
            .When(q => read(q) is not null)
            .WithErrorCode(FieldsInvalid)
            .WithMessage(q => $"'{read(q)}' names no {resource} field or an unknown one; send a comma-separated list of {string.Join(", ", known)}.");
    }
}
