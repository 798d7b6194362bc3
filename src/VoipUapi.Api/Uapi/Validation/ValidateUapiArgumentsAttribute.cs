using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using VoipUapi.Api.Validation;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>
/// Answers a request MVC could not bind with the UAPI error of the field it broke on (<see cref="UapiModelStateErrors"/>),
/// and a validator's failure in the UAPI envelope, its <c>ErrorCode</c> being the vendor's code.
/// </summary>
public sealed class ValidateUapiArgumentsAttribute : ValidateArgumentsAttribute
{
    protected override IActionResult Unbound(ActionExecutingContext context) =>
        new UapiErrorResult(UapiModelStateErrors.ErrorOf(context.ModelState));

    protected override IActionResult Invalid(ActionExecutingContext context, ValidationFailure failure) =>
        new UapiErrorResult(UapiErrors.For(failure.ErrorCode, failure.ErrorMessage));
}
