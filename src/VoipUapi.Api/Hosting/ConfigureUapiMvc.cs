using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Json;
using VoipUapi.Api.Uapi;

namespace VoipUapi.Api.Hosting;

/// <summary>Puts the any-Content-Type JSON reader first, with the configured size limit and MVC's JSON settings.</summary>
public sealed class ConfigureUapiMvc(IOptions<JsonOptions> json, IOptions<UapiOptions> uapi) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        options.InputFormatters.Insert(0, new UapiJsonInputFormatter(json.Value.JsonSerializerOptions, uapi.Value.MaxRequestBodyBytes));
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "the request body is empty; send a JSON object.");
    }
}
