using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Phones;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The Presence service: the registration state of the Phone Terminal extensions of a path, as the app may see them.</summary>
public sealed class UapiPresenceService(TelephonyNetwork network, UapiResolver resolver)
{
    /// <summary>The phone status of each Phone Terminal extension the path covers, in extension number order.</summary>
    public Outcome<List<PhoneStatus>, UapiError> Presence(UapiCaller caller, string userId, string extension)
    {
        Outcome<(User User, List<Extension> Extensions), UapiError> path = resolver.PathExtensions(caller, userId, extension, ExtensionType.PhoneTerminal);
        return path.Succeeded
            ? path.Value.Extensions
                .OrderBy(e => e.Number.ToString(), StringComparer.Ordinal)
                .Select(e => network.StatusOf(PhoneAddress.ForExtension(e.Number)))
                .ToList()
            : path.Error;
    }
}
