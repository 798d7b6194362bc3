using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// Takes MVC's form value providers out of the binding of one dialect's actions: they read a form-labelled body
/// before any parameter is bound (curl's <c>-d</c> labels JSON so), and the dialect's body binder must get the body
/// whole. Other controllers keep them.
/// </summary>
public sealed class FormValueProvidersOffFilter : IResourceFilter
{
    public static readonly FormValueProvidersOffFilter Instance = new();

    private FormValueProvidersOffFilter()
    {
    }

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IList<IValueProviderFactory> factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
