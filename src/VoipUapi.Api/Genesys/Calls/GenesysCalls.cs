using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Genesys.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Genesys.Calls;

/// <summary>
/// Finds the calls of an agent's device and resolves the numbers an agent dials: reads by the network's per-phone
/// index, never by walking every live call.
/// </summary>
public sealed class GenesysCalls(TelephonyNetwork network, GenesysCallIds ids)
{
    /// <summary>The calls the agent's device has a live leg on, oldest first (by publication, then id).</summary>
    public IReadOnlyList<AgentCall> Of(GenesysAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        IReadOnlyList<Call> calls = network.LiveCallsOf(agent.Extension.Number.ToString());
        return [.. calls.OrderBy(call => call.Published).ThenBy(call => call.Id.Value, StringComparer.Ordinal)
            .Select(call => View(call, agent, calls)).Where(view => view.State != GenesysCallState.Released)];
    }

    /// <summary>The call <paramref name="id"/> of the agent's device (live or ended), or statusCode 6.</summary>
    public Outcome<AgentCall, GenesysError> Find(GenesysAgent agent, string id)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (string.IsNullOrWhiteSpace(id))
        {
            return GenesysError.Missing("the call id", "send /api/v2/me/calls/{id} with an id from GET /api/v2/me/calls.");
        }

        return ids.CallOf(id.Trim()) is { } callId && network.FindCall(callId) is { } call && new AgentCall(call, agent) is { Leg: not null }
            ? View(call, agent, network.LiveCallsOf(agent.Extension.Number.ToString()))
            : GenesysError.NotFound($"the agent {agent.UserName} has no call {id.Trim()}; send the id of one of its calls (GET /api/v2/me/calls).");
    }

    /// <summary>A number the agent dials: an extension of its organization by its local part or in extended form, or a public number.</summary>
    public Outcome<PhoneAddress, GenesysError> Resolve(GenesysAgent agent, string text, string field)
    {
        ArgumentNullException.ThrowIfNull(agent);
        string organization = agent.Extension.Number.OrganizationCode;
        DialedNumber? dialed = DialedNumber.Parse(text);
        ExtensionNumber? number = dialed switch
        {
            { Kind: DialedNumberKind.Extended } extended when ExtensionNumber.TryParse(extended.Text, out ExtensionNumber parsed) => parsed,
            { Kind: DialedNumberKind.Short } local => local.InOrganization(organization),
            { Kind: DialedNumberKind.Public } digits when digits.Text.Length <= ExtensionNumber.MaxLocalDigits
                && network.Directory.FindExtension(new ExtensionNumber(organization, digits.Text)) is not null => new ExtensionNumber(organization, digits.Text),
            _ => null,
        };
        if (number is { } extension)
        {
            return network.Directory.FindExtension(extension) is not null
                ? PhoneAddress.ForExtension(extension)
                : GenesysError.Invalid($"{field} '{text}' is no extension of the network; send an agent's number such as 15001, or a public number of 4 to 20 digits.");
        }

        return dialed is { Kind: DialedNumberKind.Public } @public
            ? PhoneAddress.ForPublic(@public.Text)
            : GenesysError.Invalid($"{field} '{text}' is not a phone number; send an agent's number such as 15001, or a public number of 4 to 20 digits.");
    }

    private static AgentCall View(Call call, GenesysAgent agent, IReadOnlyList<Call> agentCalls) =>
        new(call, agent, agentCalls.FirstOrDefault(other => other.ConsultOf == call.Id && other.IsLive));
}
