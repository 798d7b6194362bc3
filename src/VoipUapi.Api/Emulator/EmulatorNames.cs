using System.Text.Json;

namespace VoipUapi.Api.Emulator;

/// <summary>Engine enums as the control API writes and reads them: camelCase names (<c>noAnswer</c>, <c>onCall</c>).</summary>
public static class EmulatorNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string? Of<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } known ? Of(known) : null;

    /// <summary><c>"answer", "manual" or "busy"</c>.</summary>
    public static string Listed<TEnum>()
        where TEnum : struct, Enum
    {
        List<string> names = Enum.GetValues<TEnum>().Select(v => $"\"{Of(v)}\"").ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    /// <summary>Echoes client text in a message, cut short when it is long.</summary>
    public static string Quoted(string? text) =>
        text is null ? "''" : text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}
