using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Conventions;

namespace VoipUapi.Api.Hosting;

/// <summary>What every dialect's registration (<c>AddUapi</c>, <c>AddEmulatorControl</c>, …) calls to plug in.</summary>
public static class DialectRegistration
{
    /// <summary>
    /// MVC controllers with the neutral MVC-wide settings (<see cref="ConfigureNeutralMvc"/>); safe to call from every
    /// dialect. What <c>AddControllers</c> adds less its authorization, attribute CORS and format mappings, which no
    /// dialect uses: each authenticates in its own gate, so no authorization middleware is put in the pipeline
    /// (docs/decisions/0034). Also less its hot-reload change provider: under <c>dotnet watch</c>, an added or
    /// re-routed action takes a restart. MVC finds the controllers among the emulator's public types only
    /// (<see cref="PublicTypesPart"/>).
    /// </summary>
    public static IServiceCollection AddDialectControllers(this IServiceCollection services)
    {
        services.AddMvcCore().AddApiExplorer().AddDataAnnotations().ConfigureApplicationPartManager(ListPublicTypesOnly);
        services.Replace(ServiceDescriptor.Singleton<IObjectModelValidator, NoObjectModelValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MvcOptions>, ConfigureNeutralMvc>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ApiBehaviorOptions>, ConfigureNeutralMvc>());
        return services;
    }

    private static void ListPublicTypesOnly(ApplicationPartManager manager)
    {
        Assembly emulator = typeof(DialectRegistration).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().FirstOrDefault(part => part.Assembly == emulator) is { } listingEveryType)
        {
            manager.ApplicationParts[manager.ApplicationParts.IndexOf(listingEveryType)] = new PublicTypesPart(emulator);
        }
    }

    /// <summary>Applies <paramref name="convention"/> to its dialect's controllers, and to no other.</summary>
    public static IServiceCollection AddDialectConvention(this IServiceCollection services, DialectConvention convention) =>
        services.AddDialectControllers().Configure<MvcOptions>(options => options.Conventions.Add(convention));
}
