using Serilog;
using Serilog.Formatting.Compact;

namespace VoipUapi.Api.Hosting;

public static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>Serilog to the console, levels from the <c>Serilog</c> configuration section, text or compact JSON.</summary>
    public static WebApplicationBuilder AddEmulatorLogging(this WebApplicationBuilder builder)
    {
        bool json = string.Equals(builder.Configuration[$"{EmulatorOptions.Section}:{nameof(EmulatorOptions.LogFormat)}"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext();
            if (json)
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    /// <summary>One line per request, without the query string (it may carry <c>accessRequestToken</c>).</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options => options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        return app;
    }
}
