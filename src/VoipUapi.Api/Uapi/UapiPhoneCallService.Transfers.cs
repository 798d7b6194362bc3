using VoipUapi.Api.Uapi.Actions;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>Transfer (blind: <c>transferFromNumber</c> leaves, <c>transferNumber</c> rings <c>sendCallTo</c>) and TransferToVoicemail.</summary>
public sealed partial class UapiPhoneCallService
{
    private Outcome<Call, UapiError> Transfer(CallActionTarget target)
    {
        PhoneCallAction body = target.Body;
        Outcome<(PhoneAddress Named, PhoneAddress? Other), UapiError> parties = PartiesNamed(target,
            new PartyField(body.TransferFromNumber, TransferFromNumberInvalid, "transfers the call"),
            new PartyField(body.TransferNumber, TransferNumberInvalid, "is transferred"));
        if (!parties.Succeeded)
        {
            return parties.Error;
        }

        Outcome<RingRequest, UapiError> ring = Ring(target, resolver.Phone(target.Caller, target.Scope.User, body.SendCallTo!, SendCallToInvalid));
        if (!ring.Succeeded)
        {
            return ring.Error;
        }

        (PhoneAddress from, PhoneAddress? transferred) = parties.Value;
        var order = new TransferOrder(target.Call.Id, from, ring.Value.Phone, transferred, ring.Value.CallerId, ring.Value.WaitForPickup);
        return Engine(target, network.Transfer(order), TransferNumberInvalid);
    }

    /// <summary>Sends <c>transferNumber</c> to the voicemail of <c>sendCallTo</c> (default: the view's extension); the other parties leave.</summary>
    private Outcome<Call, UapiError> TransferToVoicemail(CallActionTarget target)
    {
        PhoneCallAction body = target.Body;
        Outcome<(PhoneAddress Named, PhoneAddress? Other), UapiError> parties = PartiesNamed(target,
            new PartyField(body.TransferNumber, TransferNumberInvalid, "goes to voicemail"),
            new PartyField(body.TransferFromNumber, TransferFromNumberInvalid, "sends it to voicemail"));
        if (!parties.Succeeded)
        {
            return parties.Error;
        }

        Outcome<ExtensionNumber, UapiError> mailbox = Mailbox(target);
        return mailbox.Succeeded
            ? Engine(target, network.TransferToVoicemail(new VoicemailOrder(target.Call.Id, parties.Value.Named, mailbox.Value, parties.Value.Other)), TransferNumberInvalid)
            : mailbox.Error;
    }

    /// <summary>The voicemail box: the Phone Terminal <c>sendCallTo</c> names, else the view's extension if it is one.</summary>
    private Outcome<ExtensionNumber, UapiError> Mailbox(CallActionTarget target)
    {
        if (target.Body.SendCallTo is { } text)
        {
            Outcome<PhoneAddress, UapiError> phone = PhoneTerminalOf(target.Caller, target.Scope.User, text);
            if (!phone.Succeeded)
            {
                return phone.Error;
            }

            return ExtensionNumber.TryParse(phone.Value.Value, out ExtensionNumber box) ? box : throw new InvalidOperationException($"{phone.Value} is a Phone Terminal, so extended");
        }

        ExtensionNumber own = target.View.Extension;
        return network.Directory.FindExtension(own) is { Type: ExtensionType.PhoneTerminal }
            ? own
            : UapiErrors.For(SendCallToInvalid,
                $"{own} ({target.Named}) is no Phone Terminal, so it has no voicemail; send sendCallTo, the Phone Terminal whose voicemail takes the message, such as 0003*210.");
    }

    /// <summary>The party the required field names and, if sent, the one the optional field names; each must talk on the call.</summary>
    private Outcome<(PhoneAddress Named, PhoneAddress? Other), UapiError> PartiesNamed(CallActionTarget target, PartyField required, PartyField optional)
    {
        Outcome<PhoneAddress, UapiError> named = PartyNamed(target, required);
        if (!named.Succeeded)
        {
            return named.Error;
        }

        if (optional.Text is null)
        {
            return (named.Value, null);
        }

        Outcome<PhoneAddress, UapiError> other = PartyNamed(target, optional);
        return other.Succeeded ? (named.Value, other.Value) : other.Error;
    }

    /// <summary>The party <paramref name="field"/> names, which must talk on the call: the error carries the field's code and lists who does.</summary>
    private Outcome<PhoneAddress, UapiError> PartyNamed(CallActionTarget target, PartyField field)
    {
        Outcome<PhoneAddress, UapiError> phone = resolver.Phone(target.Caller, target.Scope.User, field.Text!, field.Code);
        if (!phone.Succeeded)
        {
            return phone.Error;
        }

        List<string> talking = target.Call.Legs.Where(leg => leg.State == LegState.Answered && leg.IsFullParty).Select(leg => leg.Phone.Value).ToList();
        return talking.Contains(phone.Value.Value)
            ? phone.Value
            : UapiErrors.For(field.Code,
                $"{phone.Value} does not talk on call {target.Call.Id}, so it is not the party that {field.Does}; send one of {(talking.Count == 0 ? "its parties, once they talk" : string.Join(", ", talking))}.");
    }
}
