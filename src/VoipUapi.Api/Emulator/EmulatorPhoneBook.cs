using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Reads a number as the API writes it (<c>0003*210</c>, <c>0003*00</c>, <c>3235742879</c>, <c>+4930123456</c>) and
/// finds the phone of the network it names: an extension of the seed, an organization's sandbox, or a public number.
/// </summary>
public sealed class EmulatorPhoneBook(TelephonyNetwork network)
{
    public const string HowToWrite =
        "write an extension with its organization code (0003*210), an organization's sandbox (0003*00), or a public number "
        + "of 4 to 20 digits, optionally after + (URL-encoded: %2B)";

    private TelephonyDirectory Directory => network.Directory;

    public Outcome<PhoneAddress, ControlProblem> Find(string? text)
    {
        switch (DialedNumber.Parse(text))
        {
            case { Kind: DialedNumberKind.Public } dialed:
                return PhoneAddress.ForPublic(dialed.Text);
            case { Kind: DialedNumberKind.Extended } dialed:
                return Extended(ParseExtended(dialed.Text));
            case { Kind: DialedNumberKind.Short } dialed:
                return ControlProblem.NotFound($"{EmulatorNames.Quoted(text)} is a short number, which names a phone only inside an organization; "
                    + $"write it with its organization code: {Candidates(dialed)}.");
            default:
                return ControlProblem.NotFound($"{EmulatorNames.Quoted(text)} is not a phone number of the network; {HowToWrite}.");
        }
    }

    /// <summary>
    /// The extension <paramref name="text"/> names: in extended form, or a local part only one organization has
    /// (<c>15000</c>, a Genesys agent's DN), or why there is none.
    /// </summary>
    public Outcome<Extension, ControlProblem> FindExtension(string text)
    {
        if (DialedNumber.Parse(text) is { Kind: DialedNumberKind.Public } dialed && Directory.FindOnlyExtensionNumbered(dialed.Text) is { } numbered)
        {
            return numbered;
        }

        if (!ExtensionNumber.TryParse(text.Trim(), out ExtensionNumber number))
        {
            return ControlProblem.BadInput($"{EmulatorNames.Quoted(text)} is not an extension number; write it with its organization code, such as 0003*210.");
        }

        if (Directory.FindExtension(number) is { } extension)
        {
            return extension;
        }

        return Directory.IsSandbox(number)
            ? ControlProblem.BadInput($"{number} is the sandbox of organization {number.OrganizationCode}, which no call can ring from outside; send an extension, one of {Examples()}.")
            : ControlProblem.NotFound($"there is no extension {number} in the seed; send one of {Examples()}.");
    }

    public Organization? OrganizationOf(Extension extension) => Directory.FindOrganizationByCode(extension.Number.OrganizationCode);

    private Outcome<PhoneAddress, ControlProblem> Extended(ExtensionNumber number)
    {
        if (Directory.IsSandbox(number))
        {
            return PhoneAddress.ForSandbox(number);
        }

        return Directory.FindExtension(number) is not null
            ? PhoneAddress.ForExtension(number)
            : ControlProblem.NotFound($"there is no extension {number} in the seed; send one of {Examples()}, a sandbox such as 0003*00, or a public number.");
    }

    private string Candidates(DialedNumber dialed)
    {
        string local = dialed.Text.TrimStart('*');
        List<string> matches = local == ExtensionNumber.SandboxLocalPart
            ? Directory.Organizations.Select(o => o.SandboxNumber.ToString()).Order(StringComparer.Ordinal).ToList()
            : Directory.Extensions.Where(e => e.Number.LocalPart == local).Select(e => e.Number.ToString()).Order(StringComparer.Ordinal).ToList();
        return matches.Count > 0 ? string.Join(" or ", matches) : $"no organization has {local}; send one of {Examples()}";
    }

    private string Examples()
    {
        List<string> numbers = Directory.Extensions.Select(e => e.Number.ToString()).Order(StringComparer.Ordinal).ToList();
        return numbers.Count <= 6 ? string.Join(", ", numbers) : $"{string.Join(", ", numbers.Take(6))}…";
    }

    private static ExtensionNumber ParseExtended(string text) =>
        ExtensionNumber.TryParse(text, out ExtensionNumber number) ? number : throw new InvalidOperationException($"'{text}' was classified as extended");
}
