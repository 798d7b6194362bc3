using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Uapi;

/// <summary>Hands every <see cref="IUapiQuery"/> argument to <see cref="UapiQueryModelBinder{TQuery}"/>.</summary>
public sealed class UapiQueryModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Type type = context.Metadata.ModelType;
        return typeof(IUapiQuery).IsAssignableFrom(type) && !type.IsAbstract
            ? (IModelBinder)Activator.CreateInstance(typeof(UapiQueryModelBinder<>).MakeGenericType(type))!
            : null;
    }
}
