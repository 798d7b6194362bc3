using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// MVC's validation of bound arguments, replaced by nothing: every dialect validates its arguments with the
/// FluentValidation validators it runs itself (docs/decisions/0002-explicit-validation.md), and MVC's visitor, even
/// with no validator to call, built a visitor, a state dictionary and model-state marks for every argument of every
/// request (docs/decisions/0032-no-mvc-object-validation.md). Binding errors still reach model state.
/// </summary>
public sealed class NoObjectModelValidation : IObjectModelValidator
{
    public void Validate(ActionContext actionContext, ValidationStateDictionary? validationState, string prefix, object? model)
    {
    }
}
