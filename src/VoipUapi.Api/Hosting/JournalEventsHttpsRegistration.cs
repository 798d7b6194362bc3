using Microsoft.Extensions.Options;
using VoipUapi.Api.Emulator;

namespace VoipUapi.Api.Hosting;

/// <summary>The request journal, the event stream's settings and the certificate of <c>https://</c> addresses.</summary>
public static class JournalEventsHttpsRegistration
{
    public static WebApplicationBuilder AddRequestJournalEventsAndHttps(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        ConfigurationManager configuration = builder.Configuration;

        services.AddOptions<RequestJournalOptions>().Bind(configuration.GetSection(RequestJournalOptions.Section)).ValidateWith(new RequestJournalOptionsValidator()).ValidateOnStart();
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<IRestartWithEmulator>(sp => sp.GetRequiredService<RequestJournal>());
        services.AddOptions<EventStreamOptions>().Bind(configuration.GetSection(EventStreamOptions.Section)).ValidateWith(new EventStreamOptionsValidator()).ValidateOnStart();

        services.AddOptions<HttpsCertificateOptions>().Bind(configuration.GetSection(HttpsCertificateOptions.Section))
            .Validate(options => string.IsNullOrWhiteSpace(options.Certificate.Path) || File.Exists(options.Certificate.Path),
                "Emulator:Certificate:Path names a file that does not exist; give the path of a PFX, or remove the setting to use a self-signed certificate.")
            .ValidateOnStart();
        services.AddSingleton(sp => new EmulatorCertificateProvider(
            sp.GetRequiredService<IOptions<HttpsCertificateOptions>>().Value,
            TimeProvider.System,
            sp.GetRequiredService<ILogger<EmulatorCertificateProvider>>()));

        // Runs only when Kestrel binds an https:// address, so an http-only emulator never makes a certificate.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
        {
            if (https.ServerCertificate is null && https.ServerCertificateSelector is null)
            {
                https.ServerCertificate = kestrel.ApplicationServices.GetRequiredService<EmulatorCertificateProvider>().Certificate;
            }
        }));
        return builder;
    }

    /// <summary>Journals vendor API requests; goes before the error handlers, so that it sees the status they answer with.</summary>
    public static WebApplication UseRequestJournal(this WebApplication app)
    {
        app.UseMiddleware<RequestJournalMiddleware>();
        return app;
    }
}
