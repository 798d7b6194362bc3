using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Fills a <see cref="IUapiQuery"/> straight from the query string: a parameter's first value, case-insensitive name,
/// an empty value (<c>?x=</c>) kept empty so that it is refused rather than taken for the default, an absent one null.
/// MVC's complex-object binder does the same through a value provider per property, at several times the cost.
/// </summary>
public sealed class UapiQueryModelBinder<TQuery> : IModelBinder
    where TQuery : class, IUapiQuery, new()
{
    private static readonly (string Name, Action<TQuery, string?> Set)[] Parameters = typeof(TQuery)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Select(property => (property.Name, property.SetMethod!.CreateDelegate<Action<TQuery, string?>>()))
        .ToArray();

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        IQueryCollection query = bindingContext.HttpContext.Request.Query;
        var model = new TQuery();
        foreach ((string name, Action<TQuery, string?> set) in Parameters)
        {
            if (query.TryGetValue(name, out var values) && values.Count > 0)
            {
                set(model, values[0]);
            }
        }

        bindingContext.Result = ModelBindingResult.Success(model);
        return Task.CompletedTask;
    }
}
