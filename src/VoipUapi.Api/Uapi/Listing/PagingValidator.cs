using FluentValidation;
using VoipUapi.Api.Uapi.Validation;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Listing;

/// <summary>The paging parameters every UnifiedAPI list takes, <c>count</c> and <c>startIndex</c>; included by each list's validator.</summary>
public sealed class PagingValidator<TQuery> : AbstractValidator<TQuery>
    where TQuery : IStandardListQuery
{
    public PagingValidator()
    {
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
    }
}
