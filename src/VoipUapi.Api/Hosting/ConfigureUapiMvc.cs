using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Json;
using VoipUapi.Api.Uapi;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Puts the any-Content-Type JSON reader first, with the configured size limit and MVC's JSON settings, and takes
/// the form value providers out: a vendor body is JSON even when curl's <c>-d</c> labels it form-urlencoded, and the
/// JSON formatter must get it whole (the token endpoint reads its form itself). UnifiedAPI query objects get their
/// own binder. MVC's attribute validation is off and does not walk bound models, as every request is checked by its
/// FluentValidation validator (docs/decisions/0002-explicit-validation.md).
/// </summary>
public sealed class ConfigureUapiMvc(IOptions<JsonOptions> json, IOptions<UapiOptions> uapi) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        options.InputFormatters.Insert(0, new UapiJsonInputFormatter(json.Value.JsonSerializerOptions, uapi.Value.MaxRequestBodyBytes));
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        options.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
        options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        options.ModelBinderProviders.Insert(0, new UapiQueryModelBinderProvider());
        options.ModelValidatorProviders.Clear();
        options.ModelMetadataDetailsProviders.Add(new SuppressChildValidationMetadataProvider(typeof(object)));
        options.ModelMetadataDetailsProviders.Add(new BlankSegmentsKeptMetadataProvider(typeof(UapiControllerBase)));
        options.ModelBindingMessageProvider.SetMissingRequestBodyRequiredValueAccessor(() => "the request body is empty; send a JSON object.");
    }
}
