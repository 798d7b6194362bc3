using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Keeps MVC from reading a vendor request's body as a form when its Content-Type says form-urlencoded (curl's
/// default for <c>-d</c>): the body is JSON, and the JSON formatter must get it whole.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class NoFormValueProvidersAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
