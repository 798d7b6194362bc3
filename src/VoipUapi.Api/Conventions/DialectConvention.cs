using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// How one dialect reads requests, applied once at startup to the controllers that derive from its base class and to
/// no other: every body parameter is bound by the dialect's body binder (whatever the Content-Type says), a parameter
/// type the dialect binds its own way gets its binder, MVC's form value providers are off so that the body reaches
/// the binder whole, and the dialect's filters are added. MVC-wide options stay neutral
/// (docs/decisions/0009-dialect-scoped-conventions.md).
/// </summary>
/// <param name="bodyBinder">The binder of every body parameter; null for a dialect whose actions read their bodies themselves.</param>
public sealed class DialectConvention(Type controllerBase, Type? bodyBinder) : IControllerModelConvention
{
    /// <summary>The binder of a parameter of this type, or null for MVC's own (the type is a parameter's declared type).</summary>
    public Func<Type, Type?> ParameterBinders { get; init; } = _ => null;

    /// <summary>Filters every controller of the dialect gets besides the ones its base class declares.</summary>
    public IReadOnlyList<IFilterMetadata> Filters { get; init; } = [];

    public void Apply(ControllerModel controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (!controller.ControllerType.IsAssignableTo(controllerBase))
        {
            return;
        }

        controller.Filters.Add(FormValueProvidersOffFilter.Instance);
        foreach (IFilterMetadata filter in Filters)
        {
            controller.Filters.Add(filter);
        }

        foreach (ParameterModel parameter in controller.Actions.SelectMany(action => action.Parameters))
        {
            Type? binder = parameter.BindingInfo?.BindingSource == BindingSource.Body ? bodyBinder : ParameterBinders(parameter.ParameterType);
            if (binder is not null)
            {
                (parameter.BindingInfo ??= new BindingInfo()).BinderType = binder;
            }
        }
    }
}
