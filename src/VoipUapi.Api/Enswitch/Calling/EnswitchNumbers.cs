using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// Reads the numbers of <c>calls/make</c> in the context of a customer: its telephone lines (short <c>210</c> or
/// extended <c>0003*210</c>), its sandbox (<c>*00</c>) and public numbers; lines of other customers are refused.
/// </summary>
public sealed class EnswitchNumbers(TelephonyNetwork network)
{
    /// <summary>The phone <paramref name="text"/> names; null, with the problem recorded on <paramref name="key"/>, when it names none the customer may ring.</summary>
    public PhoneAddress? Resolve(EnswitchInput input, string key, EnswitchCustomer customer, string text, bool lineOnly)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(customer);
        Organization? organization = customer.Organization;
        string lines = organization is null ? "it has none" : $"such as {organization.Code}*210 or 210";
        if (DialedNumber.Parse(text) is not { } dialed)
        {
            return Refused(input, key, $"'{text}' is not a phone number; send a telephone line of customer {customer.Id} ({lines}){(lineOnly ? string.Empty : " or a public number such as 2125551234")}.");
        }

        if (dialed.Kind == DialedNumberKind.Public)
        {
            return lineOnly
                ? Refused(input, key, $"{key} {text} is a public number, and type phone needs a telephone line of customer {customer.Id} ({lines}); send a line, or leave the type empty.")
                : PhoneAddress.ForPublic(dialed.Text);
        }

        if (organization is null)
        {
            return Refused(input, key, $"customer {customer.Id} ({customer.Name}) has no telephone lines; send a public number, or a customer that has lines.");
        }

        ExtensionNumber number = dialed.Kind == DialedNumberKind.Short ? dialed.InOrganization(organization.Code)
            : ExtensionNumber.TryParse(dialed.Text, out ExtensionNumber extended) ? extended : default;
        if (number.OrganizationCode != organization.Code)
        {
            return Refused(input, key, $"{text} is a line of another customer; send a telephone line of customer {customer.Id} ({lines}) or a public number.");
        }

        if (network.Directory.IsSandbox(number))
        {
            return PhoneAddress.ForSandbox(number);
        }

        return network.Directory.FindExtension(number) switch
        {
            null => Refused(input, key, $"customer {customer.Id} has no line {number}; send one of its lines ({lines}) or a public number."),
            { Type: not ExtensionType.PhoneTerminal } when lineOnly => Refused(input, key, $"{number} is no telephone line (it is a {Named(number)} extension); send a Phone Terminal line, or leave the type empty."),
            _ => PhoneAddress.ForExtension(number),
        };
    }

    /// <summary>The Phone Terminal extension <paramref name="phone"/> is, if it is one.</summary>
    public Extension? LineOf(PhoneAddress phone) =>
        phone.Kind == PhoneAddressKind.Extension && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number)
            && network.Directory.FindExtension(number) is { Type: ExtensionType.PhoneTerminal } line
            ? line
            : null;

    private string Named(ExtensionNumber number) => network.Directory.FindExtension(number)?.Type.ToString() ?? "unknown";

    private static PhoneAddress? Refused(EnswitchInput input, string key, string message)
    {
        input.Invalid(key, message);
        return null;
    }
}
