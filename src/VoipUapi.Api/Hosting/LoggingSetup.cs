using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace VoipUapi.Api.Hosting;

public static class LoggingSetup
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";
    private const string LevelsSection = "Serilog:MinimumLevel";

    /// <summary>
    /// Sources kept at Warning unless configured otherwise, so that a request makes one log line (the emulator's own)
    /// even when the process starts without its appsettings.json (run from another folder).
    /// </summary>
    private static readonly Dictionary<string, LogEventLevel> QuietSources = new(StringComparer.Ordinal)
    {
        ["Microsoft"] = LogEventLevel.Warning,
        ["Microsoft.Hosting.Lifetime"] = LogEventLevel.Information,
        ["System"] = LogEventLevel.Warning,
    };

    /// <summary>
    /// Serilog to the console, text or compact JSON, written by a background thread so that requests never wait on
    /// the console: in batches (<see cref="BufferedConsoleSink"/>) unless the text goes to a terminal, where Serilog's
    /// console sink writes it in colour, plus any <see cref="Serilog.Core.ILogEventSink"/> registered as a service, with the levels of
    /// <c>Serilog:MinimumLevel</c> (<c>Default</c> and <c>Override:{namespace}</c>). The levels are read directly rather than through Serilog.Settings.Configuration,
    /// whose assembly scan costs a noticeable share of a cold start.
    /// </summary>
    public static WebApplicationBuilder AddEmulatorLogging(this WebApplicationBuilder builder)
    {
        ConfigurationManager configuration = builder.Configuration;
        bool json = string.Equals(configuration[$"{EmulatorOptions.Section}:{nameof(EmulatorOptions.LogFormat)}"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.MinimumLevel.Is(LevelOf(configuration[$"{LevelsSection}:Default"], LogEventLevel.Information));
            Dictionary<string, LogEventLevel> overrides = new(QuietSources, StringComparer.Ordinal);
            foreach (IConfigurationSection source in configuration.GetSection($"{LevelsSection}:Override").GetChildren())
            {
                overrides[source.Key] = LevelOf(source.Value, LogEventLevel.Information);
            }

            foreach ((string source, LogEventLevel level) in overrides)
            {
                logger.MinimumLevel.Override(source, level);
            }

            logger.Enrich.FromLogContext().ReadFrom.Services(services);
            if (json || Console.IsOutputRedirected)
            {
                ITextFormatter formatter = json ? new CompactJsonFormatter() : new MessageTemplateTextFormatter(TextTemplate, CultureInfo.InvariantCulture);
                logger.WriteTo.Sink(new BufferedConsoleSink(formatter, Console.OpenStandardOutput()));
            }
            else
            {
                logger.WriteTo.Async(sink => sink.Console(outputTemplate: TextTemplate, formatProvider: CultureInfo.InvariantCulture));
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request, without the query string (it may carry <c>accessRequestToken</c>), through this host's
    /// logger rather than Serilog's static one, which two hosts in one process (tests) would share.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        Serilog.ILogger logger = app.Services.GetRequiredService<Serilog.ILogger>();
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = logger;
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
        return app;
    }

    private static LogEventLevel LevelOf(string? text, LogEventLevel fallback) =>
        Enum.TryParse(text, ignoreCase: true, out LogEventLevel level) && Enum.IsDefined(level) ? level : fallback;
}
