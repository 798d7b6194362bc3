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
        if (failure.ExceptionObject is Exception error && Explained(error) is { } explained)
        {
            Console.Error.WriteLine($"The emulator cannot start: {explained.Message}");
            Environment.Exit(ExitCode);
        }
    };

    private static Exception? Explained(Exception error) => error switch
    {
        SeedException or StartupException or OptionsValidationException => error,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Explained).FirstOrDefault(e => e is not null),
        _ => error.InnerException is { } inner ? Explained(inner) : null,
    };
}
