using Microsoft.AspNetCore.Mvc.ModelBinding;
using VoipUapi.Api.Conventions;

namespace VoipUapi.Api.Emulator;

/// <summary>Binds the body of a control-API action: JSON whatever the Content-Type says, with <see cref="ControlJson"/>'s settings and limit.</summary>
public sealed class ControlJsonBodyBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext) =>
        JsonRequestBody.BindAsync(bindingContext, ControlJson.Options, ControlJson.MaxBodyBytes, "send the fields docs/control-api.md lists for this route.");
}
