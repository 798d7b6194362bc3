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

        services.AddOptions<RequestJournalOptions>().Bind(configuration.GetSection(RequestJournalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RequestJournal>();
        services.AddOptions<EventStreamOptions>().Bind(configuration.GetSection(EventStreamOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        return builder;
    }

    /// <summary>Journals vendor API requests; goes before the error handlers, so that it sees the status they answer with.</summary>
    public static WebApplication UseRequestJournal(this WebApplication app)
    {
        app.UseMiddleware<RequestJournalMiddleware>();
        return app;
    }
}
