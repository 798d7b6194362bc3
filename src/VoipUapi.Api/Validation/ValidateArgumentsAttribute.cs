using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace VoipUapi.Api.Validation;

/// <summary>
/// The validation step every dialect puts on its controllers' base class, as MVC answers no invalid model state
/// itself: a request MVC could not bind (not JSON, a field of the wrong JSON type) is answered first, then the
/// FluentValidation validator of every bound argument that has one runs, and the first failure is answered
/// (docs/decisions/0002-explicit-validation.md); each in the dialect's own envelope.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class ValidateArgumentsAttribute : Attribute, IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ModelState.ErrorCount > 0)
        {
            context.Result = Unbound(context);
        }
        else if (ActionArgumentValidation.FirstFailure(context) is ValidationFailure failure)
        {
            context.Result = Invalid(context, failure);
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    /// <summary>The answer to a request whose model state holds a binding error (<see cref="ModelStateErrors.Deepest"/> finds it).</summary>
    protected abstract IActionResult Unbound(ActionExecutingContext context);

    /// <summary>The answer to the first failure of an argument's validator.</summary>
    protected abstract IActionResult Invalid(ActionExecutingContext context, ValidationFailure failure);
}
