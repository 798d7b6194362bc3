using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace VoipUapi.Telephony.Numbers;

/// <summary>A UAPI caller id: <c>John Doe &lt;+3334444&gt;</c>.</summary>
public sealed partial record CallerId(string Name, string Number)
{
    public const string Format = "John Doe <+3334444>";

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CallerId? callerId)
    {
        callerId = null;
        if (text is null)
        {
            return false;
        }

        Match match = Pattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        callerId = new CallerId(match.Groups["name"].Value.Trim(), match.Groups["number"].Value);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is a caller id, without building one (what validators ask).</summary>
    public static bool IsCallerId([NotNullWhen(true)] string? text) => text is not null && Pattern().IsMatch(text);

    public override string ToString() => Name.Length == 0 ? $"<{Number}>" : $"{Name} <{Number}>";

    [GeneratedRegex(@"^\s*(?<name>[\p{L}\p{N} .,'\-_]{0,64}?)\s*<(?<number>\+?[0-9*]{1,24})>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
