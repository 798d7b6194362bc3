using System.Text.RegularExpressions;

namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>Finds what a stack trace or an exception leaves in an answer's body.</summary>
public static partial class StackTraces
{
    public static string? In(string body) => Trace().Match(body) is { Success: true } found ? found.Value : null;

    [GeneratedRegex(@"\bat [\w.`<>\[\]]+\(.*?\)|\.cs:line \d+|--- End of (inner exception )?stack trace|\b(System|Microsoft)(\.\w+)+Exception\b|NullReferenceException|Object reference not set")]
    private static partial Regex Trace();
}
