using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Emulator;
using VoipUapi.Api.Emulator.Validation;

namespace VoipUapi.Api.Hosting;

public static class EmulatorControlRegistration
{
    /// <summary>
    /// The control API under <c>/emulator</c>: clock, phones, inbound calls, call history, ids, reset (docs/control-api.md),
    /// with its conventions on its own controllers only: bodies read as JSON whatever their Content-Type, answers
    /// written with <see cref="ControlJson"/>'s settings, problem details for bad input and for errors under <c>/emulator</c>.
    /// </summary>
    public static IServiceCollection AddEmulatorControl(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmulatorOptions>()
            .Bind(configuration.GetSection(EmulatorOptions.Section))
            .Validate(
                options => options.StartsManual || string.Equals(options.Clock, EmulatorOptions.RealTimeClock, StringComparison.OrdinalIgnoreCase),
                $"{EmulatorOptions.Section}:{nameof(EmulatorOptions.Clock)} (--clock) must be {EmulatorOptions.RealTimeClock} or {EmulatorOptions.ManualClock}.")
            .ValidateOnStart();
        services.AddDialectConvention(new DialectConvention(typeof(EmulatorControllerBase), typeof(ControlJsonBodyBinder))
        {
            Filters = [new JsonAnswersFilter(ControlJson.Options)],
        });
        services.AddErrorEnvelope(EmulatorControlPaths.Prefix, ControlHostErrors.WriteAsync);
        services.AddSingleton<EmulatorControl>();
        services.AddSingleton<EmulatorPhoneBook>();
        services.AddSingleton<EmulatorCallService>();
        services.AddSingleton<EmulatorConferences>();
        services.AddControlValidators();
        services.ConfigureSwaggerGen(options =>
        {
            options.OperationFilter<ControlKeyOperationFilter>();
            options.OperationFilter<BodyLimitOperationFilter>("emulator/", typeof(ProblemDetails), "application/problem+json");
            options.OperationFilter<OperationDocsFilter>(ControlOperationDocs.All);
        });
        return services;
    }

    /// <summary>Guards <c>/emulator</c> with <c>--control-key</c> when one is set.</summary>
    public static WebApplication UseEmulatorControl(this WebApplication app)
    {
        string? key = app.Services.GetRequiredService<IOptions<EmulatorOptions>>().Value.ControlKey;
        if (!string.IsNullOrEmpty(key))
        {
            app.UseMiddleware<ControlKeyMiddleware>(key);
        }

        return app;
    }

    /// <summary>
    /// Builds the network from the seed (a bad seed stops the start here) and applies <c>--clock</c> and
    /// <c>--id-seed</c>. Called once the host is built, on another thread while the pipeline is set up, and awaited
    /// before the host listens, so that the seed loads while the host is built and the network is built beside the pipeline.
    /// </summary>
    public static WebApplication StartEmulator(this WebApplication app)
    {
        app.Services.GetRequiredService<EmulatorControl>().ApplyStartState();
        return app;
    }
}
