using Microsoft.Net.Http.Headers;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Lets web pages of the origins <see cref="BrowserOrigins"/> allows call every API of the emulator from a browser,
/// preflight included, with any method and request header (<c>Authorization</c>, <c>X-Emulator-Key</c>,
/// <c>Last-Event-ID</c>…) and <c>Location</c> readable (docs/decisions/0016). No credentials: the APIs take tokens and
/// keys in headers, never cookies.
/// </summary>
public static class CorsSetup
{
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddEmulatorCors(this IServiceCollection services, IConfiguration configuration)
    {
        BrowserOrigins origins = BrowserOrigins.Parse(configuration[BrowserOrigins.Key]);
        services.AddSingleton(origins);
        if (!origins.AllowsNone)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .SetIsOriginAllowed(origins.Allows)
                .AllowAnyMethod()
                .AllowAnyHeader()
                .WithExposedHeaders(HeaderNames.Location)
                .SetPreflightMaxAge(PreflightMaxAge)));
        }

        return services;
    }

    /// <summary>
    /// Goes before everything that may refuse a request (the control key, a dialect's auth), so that refusals carry the
    /// headers too and preflights are answered. Only a request with an <c>Origin</c> header enters it, as only such a
    /// request is one the CORS middleware acts on; so the middleware is built by the first of them rather than at start
    /// (docs/decisions/0036).
    /// </summary>
    public static WebApplication UseEmulatorCors(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<BrowserOrigins>().AllowsNone)
        {
            app.UseWhenFirstEntered(context => context.Request.Headers.ContainsKey(HeaderNames.Origin), cors => cors.UseCors());
        }

        return app;
    }
}
