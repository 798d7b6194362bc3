using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Telephony.Numbers;

/// <summary>An extension in its extended form, <c>0003*210</c>: organization code, a star, the local part.</summary>
public readonly record struct ExtensionNumber(string OrganizationCode, string LocalPart)
{
    public const string SandboxLocalPart = "00";

    /// <summary>The longest local part an extension has.</summary>
    public const int MaxLocalDigits = 5;

    public static bool TryParse([NotNullWhen(true)] string? text, out ExtensionNumber number)
    {
        number = default;
        if (text is null || text.Length < 7 || text[4] != '*')
        {
            return false;
        }

        string code = text[..4];
        string local = text[5..];
        if (!NumberText.IsDigits(code) || local.Length > MaxLocalDigits || !NumberText.IsDigits(local))
        {
            return false;
        }

        number = new ExtensionNumber(code, local);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is this number in extended form (what <see cref="ToString"/> writes), without writing it.</summary>
    public bool Is(string text) =>
        text.Length == OrganizationCode.Length + 1 + LocalPart.Length
        && text.StartsWith(OrganizationCode, StringComparison.Ordinal)
        && text[OrganizationCode.Length] == '*'
        && text.EndsWith(LocalPart, StringComparison.Ordinal);

    public override string ToString() => $"{OrganizationCode}*{LocalPart}";
}
