using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Genesys.Calls;

/// <summary>
/// Dial (<c>POST /api/v2/me/devices/{id}/calls</c>): a simple call from the agent's device to the destination; the
/// device is rung first, as a click-to-dial does, and shows the call as Dialing until the destination answers.
/// </summary>
public sealed class GenesysDialer(TelephonyNetwork network, GenesysCalls calls, GenesysAgentStates states)
{
    public GenesysError? Dial(GenesysAgent agent, string? deviceId, GenesysOperationBody body)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(body);
        if (AgentDevice.Refusal(agent, deviceId) is { } refused)
        {
            return refused;
        }

        Outcome<string, GenesysError> name = body.OperationName(GenesysOperations.Of(GenesysOperationSet.Device));
        Outcome<string, GenesysError> number = body.Destination();
        Outcome<IReadOnlyDictionary<string, string>, GenesysError> data = body.UserData(required: false);
        if ((name.Error ?? number.Error ?? data.Error) is { } invalid)
        {
            return invalid;
        }

        Outcome<PhoneAddress, GenesysError> to = calls.Resolve(agent, number.Value!, "destination.phoneNumber");
        if (!to.Succeeded || states.IsAcceptOnly(agent))
        {
            return to.Error;
        }

        Extension device = agent.Extension;
        PhoneAddress phone = PhoneAddress.ForExtension(device.Number);
        Organization organization = network.Directory.FindOrganizationByCode(device.Number.OrganizationCode)!;
        Outcome<Call, NetworkError> placed = network.PlaceSimpleCall(
            new SimpleCallOrder(device.Number, device.OwnerUserId, organization, [phone], [to.Value], device.CallerId, device.CallerId));
        if (!placed.Succeeded)
        {
            return GenesysError.WrongState(placed.Error!.Message);
        }

        return data.Value!.Count == 0 || network.SetCallData(placed.Value!.Id, data.Value!).Succeeded
            ? null
            : GenesysError.WrongState($"call {placed.Value!.Id} ended before its userData could be attached.");
    }
}
