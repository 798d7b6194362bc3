namespace VoipUapi.Api.Emulator.Validation;

/// <summary>DTMF as phones send it: 1 to 64 of 0-9, * and #.</summary>
public static class Dtmf
{
    public const int MaxLength = 64;

    public static bool IsValid(string? digits) =>
        digits is { Length: > 0 and <= MaxLength } && digits.All(c => char.IsAsciiDigit(c) || c is '*' or '#');
}
