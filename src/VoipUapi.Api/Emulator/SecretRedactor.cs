using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Replaces the values of secret fields (<c>client_secret</c>, <c>accessRequestToken</c>, <c>access_token</c>…) by
/// <c>***</c> in query strings, form bodies and JSON bodies, so that the journal never shows a secret or a token.
/// Text with nothing to redact is returned as it is, without allocating.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mask = "***";

    private static readonly string[] SecretNames =
    [
        "client_secret", "clientSecret", "accessRequestToken", "access_token", "accessToken", "refresh_token", "refreshToken", "password", "auth_password",
        "controlKey",
    ];

    private static readonly SearchValues<string> SecretNameValues = SearchValues.Create(SecretNames, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A query string (without its <c>?</c>) or a form body with every secret field's value masked; pairs are split on
    /// <c>&amp;</c> and on <c>;</c>, which Enswitch clients use.
    /// </summary>
    public static string RedactForm(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? redacted = null;
        int copied = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOfAny(['&', ';'], start);
            if (end < 0)
            {
                end = text.Length;
            }

            int equals = text.IndexOf('=', start, end - start);
            if (equals > start && equals + 1 < end && IsSecretName(text.AsSpan(start, equals - start)))
            {
                redacted ??= new StringBuilder(text.Length);
                redacted.Append(text, copied, equals + 1 - copied).Append(Mask);
                copied = end;
            }

            start = end + 1;
        }

        return redacted is null ? text : redacted.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>A request body, form-encoded or JSON (possibly cut short), with every secret field's value masked.</summary>
    public static string RedactBody(string text)
    {
        string redacted = RedactForm(text);
        return redacted.AsSpan().ContainsAny(SecretNameValues) ? JsonSecret().Replace(redacted, $"\"${{name}}\":\"{Mask}\"") : redacted;
    }

    private static bool IsSecretName(ReadOnlySpan<char> key)
    {
        if (key.ContainsAny('%', '+'))
        {
            key = Uri.UnescapeDataString(key.ToString().Replace('+', ' ')).AsSpan().Trim();
        }

        foreach (string name in SecretNames)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A JSON member named like a secret, with a string value (even one cut off by truncation) or a bare one.</summary>
    [GeneratedRegex("""
        "(?<name>client_secret|clientSecret|accessRequestToken|access_token|accessToken|refresh_token|refreshToken|password|auth_password)"\s*:\s*(?:"(?:[^"\\]|\\.)*\\?"?|[^,}\]\s]+)
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JsonSecret();
}
