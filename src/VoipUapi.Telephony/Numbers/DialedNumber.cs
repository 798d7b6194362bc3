namespace VoipUapi.Telephony.Numbers;

/// <summary>A number as a client wrote it, classified but not yet resolved against the directory.</summary>
public readonly record struct DialedNumber(DialedNumberKind Kind, string Text)
{
    private const int MaxPublicDigits = 20;

    /// <summary>Classifies <paramref name="text"/>; null when it is no kind of phone number.</summary>
    public static DialedNumber? Parse(string? text)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        if (ExtensionNumber.TryParse(trimmed, out _))
        {
            return new DialedNumber(DialedNumberKind.Extended, trimmed);
        }

        ReadOnlySpan<char> digits = trimmed.StartsWith('*') ? trimmed.AsSpan(1) : trimmed.AsSpan();
        if (NumberText.IsDigits(digits) && (digits.Length == 3 || (trimmed.StartsWith('*') && digits.Length is 2 or 3)))
        {
            return new DialedNumber(DialedNumberKind.Short, trimmed);
        }

        ReadOnlySpan<char> publicDigits = trimmed.StartsWith('+') ? trimmed.AsSpan(1) : trimmed.AsSpan();
        if (NumberText.IsDigits(publicDigits) && publicDigits.Length is >= 4 and <= MaxPublicDigits)
        {
            return new DialedNumber(DialedNumberKind.Public, trimmed);
        }

        return null;
    }

    /// <summary>The extended number a short number stands for inside <paramref name="organizationCode"/>.</summary>
    public ExtensionNumber InOrganization(string organizationCode) => new(organizationCode, Text.TrimStart('*'));
}
