using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.Filters;
using VoipUapi.Api.Validation;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>
/// Answers a request MVC could not bind (not JSON, a field of the wrong JSON type) with the UAPI error of the field it
/// broke on, then runs the FluentValidation validator of every bound argument that has one and answers the first
/// failure in the UAPI envelope, its <c>ErrorCode</c> being the vendor's code (docs/decisions/0002-explicit-validation.md).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ValidateUapiArgumentsAttribute : Attribute, IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.ModelState.IsValid)
        {
            context.Result = new UapiErrorResult(UapiModelStateErrors.ErrorOf(context.ModelState));
        }
        else if (ActionArgumentValidation.FirstFailure(context) is ValidationFailure failure)
        {
            context.Result = new UapiErrorResult(UapiErrors.For(failure.ErrorCode, failure.ErrorMessage));
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
