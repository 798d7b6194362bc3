using Microsoft.Extensions.Options;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Turns a start-up fault the operator can fix (a bad seed, setting or certificate) into one line on stderr and exit
/// code 2, instead of a stack trace. Hosted in a test (WebApplicationFactory), the exception reaches the test as is.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 2;

    public static void ReportOnExit() => AppDomain.CurrentDomain.UnhandledException += (_, failure) =>
    {
        if (failure.ExceptionObject is Exception error && Explain(error) is { } explained)
        {
            Console.Error.WriteLine($"The emulator cannot start: {explained}");
            Environment.Exit(ExitCode);
        }
    };

    /// <summary>The line to print for a fault the operator can fix; null for any other, which keeps its stack trace.</summary>
    public static string? Explain(Exception error) => error switch
    {
        SeedException or StartupException or OptionsValidationException => error.Message,
        InvalidOperationException { InnerException: FormatException or OverflowException or ArgumentException }
            when error.Message.StartsWith(UnconvertibleSetting, StringComparison.Ordinal)
            => $"{error.Message} Give a value of that type (docs/configuration.md lists each setting's range).",
        AggregateException aggregate => aggregate.InnerExceptions.Select(Explain).FirstOrDefault(e => e is not null),
        _ => error.InnerException is { } inner ? Explain(inner) : null,
    };

    /// <summary>How the configuration binder begins the message of a setting it cannot convert to its property's type.</summary>
    private const string UnconvertibleSetting = "Failed to convert configuration value ";
}
