using System.Collections.Concurrent;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>
/// Runs the FluentValidation validator of every bound argument that has one and answers the first failure in the
/// UAPI envelope, its <c>ErrorCode</c> being the vendor's code (docs/decisions/0002-explicit-validation.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ValidateUapiArgumentsAttribute : ActionFilterAttribute
{
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (object? argument in context.ActionArguments.Values)
        {
            if (argument is null)
            {
                continue;
            }

            Type validatorType = ValidatorTypes.GetOrAdd(argument.GetType(), type => typeof(IValidator<>).MakeGenericType(type));
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            ValidationResult result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
            if (!result.IsValid)
            {
                ValidationFailure failure = result.Errors[0];
                context.Result = new UapiErrorResult(UapiErrors.For(failure.ErrorCode, failure.ErrorMessage));
                return;
            }
        }

        await next();
    }
}
