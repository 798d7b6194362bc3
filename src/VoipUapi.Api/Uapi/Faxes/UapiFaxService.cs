using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Faxes;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>The Faxes service: a Phone Terminal extension of the user sends an uploaded fax to each recipient.</summary>
public sealed class UapiFaxService(TelephonyNetwork network, UapiResolver resolver)
{
    public Outcome<Fax, UapiError> Send(UapiCaller caller, string userId, string extension, FaxUpload upload)
    {
        if (UapiResolver.IsSelf(extension))
        {
            return UapiErrors.For(ExtensionInvalid, "a fax is sent by one extension, not @self; send the number of a Phone Terminal extension, such as 210.");
        }

        Outcome<(User User, List<Extension> Extensions), UapiError> path = resolver.PathExtensions(caller, userId, extension, ExtensionType.PhoneTerminal);
        if (!path.Succeeded)
        {
            return path.Error;
        }

        List<PhoneAddress> recipients = [];
        foreach (string recipient in upload.Recipients)
        {
            Outcome<PhoneAddress, UapiError> phone = resolver.Phone(caller, path.Value.User, recipient, FaxRecipientsInvalid);
            if (!phone.Succeeded)
            {
                return phone.Error;
            }

            recipients.Add(phone.Value);
        }

        Extension sender = path.Value.Extensions[0];
        return network.SendFax(new FaxOrder(sender, resolver.OrganizationOf(path.Value.User), recipients, upload.Files, sender.CallerId));
    }
}
