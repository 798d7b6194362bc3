using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Emulator.Validation;
using VoipUapi.Api.Hosting;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>Nothing one dialect needs is switched on MVC-wide: what is MVC-wide is MVC's own, or off for every dialect.</summary>
public sealed class NeutralMvcOptionsTests
{
    [Fact]
    public async Task MVC_wide_readers_binders_and_value_providers_are_MVCs_own()
    {
        await using var emulator = new EmulatorFactory();
        MvcOptions mvc = emulator.Services.GetRequiredService<IOptions<MvcOptions>>().Value;

        mvc.InputFormatters.Select(f => f.GetType().Namespace).Should().AllSatisfy(ns => ns.Should().StartWith("Microsoft.AspNetCore"));
        mvc.ModelBinderProviders.Select(p => p.GetType().Namespace).Should().AllSatisfy(ns => ns.Should().StartWith("Microsoft.AspNetCore"));
        mvc.ValueProviderFactories.Select(f => f.GetType()).Should().Contain(
            [typeof(FormValueProviderFactory), typeof(FormFileValueProviderFactory), typeof(JQueryFormValueProviderFactory)]);
    }

    [Fact]
    public async Task MVC_wide_JSON_settings_are_MVCs_defaults()
    {
        await using var emulator = new EmulatorFactory();
        JsonOptions json = emulator.Services.GetRequiredService<IOptions<JsonOptions>>().Value;

        json.JsonSerializerOptions.DefaultIgnoreCondition.Should().Be(JsonIgnoreCondition.Never);
        json.JsonSerializerOptions.AllowTrailingCommas.Should().BeFalse();
    }

    [Fact]
    public async Task MVC_answers_no_invalid_model_state_itself_so_no_dialect_filter_needs_to_run_before_it()
    {
        await using var emulator = new EmulatorFactory();
        ApiBehaviorOptions behavior = emulator.Services.GetRequiredService<IOptions<ApiBehaviorOptions>>().Value;

        behavior.SuppressModelStateInvalidFilter.Should().BeTrue();
        behavior.SuppressMapClientErrors.Should().BeTrue();
        typeof(ValidateControlRequestAttribute).Should().NotImplement<Microsoft.AspNetCore.Mvc.Filters.IOrderedFilter>();
    }

    [Fact]
    public async Task MVC_validates_no_bound_argument_as_every_dialect_runs_its_own_validators()
    {
        await using var emulator = new EmulatorFactory();

        emulator.Services.GetRequiredService<IObjectModelValidator>().Should().BeOfType<NoObjectModelValidation>();
        emulator.Services.GetRequiredService<IOptions<MvcOptions>>().Value.ModelValidatorProviders.Should().BeEmpty();
    }

    [Fact]
    public async Task No_authorization_is_registered_so_the_host_puts_no_authorization_middleware_in_the_pipeline()
    {
        await using var emulator = new EmulatorFactory();

        emulator.Services.GetService<IAuthorizationHandlerProvider>().Should().BeNull();
        emulator.Services.GetService<IAuthorizationPolicyProvider>().Should().BeNull();
    }
}
