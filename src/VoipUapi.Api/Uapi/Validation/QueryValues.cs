using System.Globalization;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>How query parameters are read, shared by the validators that check them and the code that uses them.</summary>
public static class QueryValues
{
    public static bool TryParseWholeNumber(string? text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    public static bool IsFlag(string? text) => text is not null && (bool.TryParse(text, out _) || text is "0" or "1");

    /// <summary>True for a flag that is set: <c>true</c> (in any case) or <c>1</c>.</summary>
    public static bool IsTrue(string? text) => text is "1" || (bool.TryParse(text, out bool set) && set);

    public static IReadOnlyList<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
