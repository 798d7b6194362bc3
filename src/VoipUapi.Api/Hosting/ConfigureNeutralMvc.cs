using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// The only MVC-wide settings, and nothing any one dialect needs: MVC's attribute validation is off (and its validation
/// of bound arguments is <see cref="NoObjectModelValidation"/>), as every dialect checks its requests with FluentValidation validators it runs itself
/// (docs/decisions/0002-explicit-validation.md), and MVC neither answers invalid model state nor turns a bare 4xx
/// into problem details, as every dialect answers those in its own envelope. Body readers, form handling and
/// serializer settings are each dialect's (docs/decisions/0009-dialect-scoped-conventions.md).
/// </summary>
public sealed class ConfigureNeutralMvc : IConfigureOptions<MvcOptions>, IConfigureOptions<ApiBehaviorOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        options.ModelValidatorProviders.Clear();
    }

    public void Configure(ApiBehaviorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SuppressModelStateInvalidFilter = true;
        options.SuppressMapClientErrors = true;
    }
}
