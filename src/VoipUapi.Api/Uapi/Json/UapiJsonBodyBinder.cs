using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Conventions;

namespace VoipUapi.Api.Uapi.Json;

/// <summary>
/// Binds the body of a UnifiedAPI action: JSON whatever the Content-Type says, up to <c>Uapi:MaxRequestBodyBytes</c>,
/// with <see cref="UapiJson.Options"/>. What cannot be bound becomes the error of its field (<see cref="UapiModelStateErrors"/>).
/// </summary>
public sealed class UapiJsonBodyBinder(IOptions<UapiOptions> options) : IModelBinder
{
    private const string TypeAdvice =
        "send numbers and caller ids as strings, source and destination as arrays, and phoneCallView as an array of objects.";

    public Task BindModelAsync(ModelBindingContext bindingContext) =>
        JsonRequestBody.BindAsync(bindingContext, UapiJson.Options, options.Value.MaxRequestBodyBytes, TypeAdvice);
}
