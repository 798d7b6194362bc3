using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>Conference invites (seed 000): the rules of the payload, then the engine's invite.</summary>
public sealed partial class UapiPhoneCallService
{
    public Outcome<Call, UapiError> PlaceConferenceInvite(UapiCaller caller, string userId, ConferenceInvitePayload payload, ConferenceInviteQuery query)
    {
        Outcome<CreateRequest, UapiError> request = Resolve(caller, userId, payload, ExtensionType.Conference, "the source", SourceOfInvite);
        if (!request.Succeeded)
        {
            return request.Error;
        }

        (PhoneCallViewPayload view, User user, Extension extension, List<PhoneAddress> sources, List<PhoneAddress> destinations) = request.Value;
        if (destinations.Contains(sources[0]))
        {
            return UapiErrors.For(DestinationInvalid, $"{sources[0]} is the Conference extension that invites; send the number of the phone to invite.");
        }

        string? callerId = view.CallerId ?? PhoneCallPayloadValidator.DestinationCallerIdText(view);
        if (callerId is not null && !user.CanSetCallerId)
        {
            return UapiErrors.CallerIdNotAllowed(
                $"user {user.Id} may not choose caller ids; leave callerId out to show the Conference extension's own ({extension.CallerId}).");
        }

        var order = new ConferenceInviteOrder(
            extension,
            resolver.OrganizationOf(user),
            destinations,
            CallerIdOr(callerId, extension.CallerId),
            query.Number,
            query.Pin,
            Seconds(query.WaitForPickup, options.Value.MaxWaitForPickupSeconds),
            Seconds(query.CallDuration, options.Value.MaxCallDurationSeconds),
            payload.Nonce ?? view.Nonce);
        Outcome<Call, NetworkError> placed = network.PlaceConferenceInvite(order);
        if (placed.Succeeded)
        {
            return placed.Value;
        }

        string code = placed.Error.Code switch
        {
            NetworkErrorCode.ConferenceNumberInvalid => NumberInvalid,
            NetworkErrorCode.ConferencePinInvalid => PinInvalid,
            _ => NonceInvalid,
        };
        return UapiErrors.For(code, placed.Error.Message);
    }

    /// <summary>The one source of an invite: the Conference extension itself, written as the client likes.</summary>
    private Outcome<List<PhoneAddress>, UapiError> SourceOfInvite(UapiCaller caller, User user, Extension extension, List<string> sources)
    {
        string expected = $"send \"source\": [\"{extension.Number}\"], the Conference extension that invites";
        if (sources.Count != 1)
        {
            return UapiErrors.For(SourceInvalid, $"a conference invite has one source, not {sources.Count}; {expected}.");
        }

        Outcome<PhoneAddress, UapiError> source = resolver.Phone(caller, user, sources[0], SourceInvalid);
        if (!source.Succeeded)
        {
            return source.Error;
        }

        return source.Value == PhoneAddress.ForExtension(extension.Number)
            ? new List<PhoneAddress> { source.Value }
            : UapiErrors.For(SourceInvalid, $"'{sources[0]}' is not the extension {extension.Number}; the source must equal the extension: {expected}.");
    }
}
