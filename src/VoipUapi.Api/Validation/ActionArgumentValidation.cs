using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VoipUapi.Api.Validation;

/// <summary>
/// Runs the FluentValidation validator registered for each bound action argument, if any. The validators have no
/// asynchronous rules, so they run synchronously (docs/decisions/0002-explicit-validation.md).
/// </summary>
public static class ActionArgumentValidation
{
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    /// <summary>The first failure of the first argument that fails its validator, or null when all pass.</summary>
    public static ValidationFailure? FirstFailure(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (object? argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            Type validatorType = ValidatorTypes.GetOrAdd(argument.GetType(), type => typeof(IValidator<>).MakeGenericType(type));
            if (context.HttpContext.RequestServices.GetService(validatorType) is IValidator validator
                && validator.Validate(new ValidationContext<object>(argument)) is { IsValid: false } result)
            {
                return result.Errors[0];
            }
        }

        return null;
    }
}
