using System.Text.Json;
using VoipUapi.Api.Genesys.Calls;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Genesys.Agents.Seeding;

/// <summary>
/// Reads the seed's <c>dialects.genesys</c> section and checks it against the network's directory: a bad section
/// stops the start with a <see cref="SeedException"/> naming the agent.
/// </summary>
public static class GenesysSeedReader
{
    public const string DialectName = "genesys";

    public static GenesysSeedContent Read(NetworkSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.Dialects.TryGetValue(DialectName, out JsonElement section))
        {
            return GenesysSeedContent.Empty;
        }

        string where = $"seed {seed.Source}: dialects.{DialectName}";
        GenesysSeed? parsed;
        try
        {
            parsed = section.Deserialize(GenesysSeedJsonContext.Default.GenesysSeed);
        }
        catch (JsonException error)
        {
            throw new SeedException($"{where}: {error.Path}: {error.Message.Split(" Path:")[0]}", error);
        }

        Require(parsed?.Agents is { } list && !list.Contains(null!), where, "agents must be a list of agent objects");
        List<GenesysAgent> agents = [];
        foreach (GenesysSeedAgent agent in parsed!.Agents!)
        {
            agents.Add(Agent(agent, agents, seed.Directory, where));
        }

        return new GenesysSeedContent(new GenesysAgentDirectory(agents), Calls(parsed.Calls ?? [], seed, where));
    }

    private static List<(CallId, GenesysCallIdentity)> Calls(List<GenesysSeedCall> calls, NetworkSeed seed, string where)
    {
        List<(CallId Call, GenesysCallIdentity Identity)> named = [];
        foreach (GenesysSeedCall call in calls)
        {
            string entity = $"{where}: call '{call?.Call}'";
            Require(call is not null && seed.Calls.Any(c => c.Id.Value == call.Call), entity, "call must be the id of a call of the seed's calls");
            Require(call!.Id is { Length: > 0 and <= 64 } id && id.All(char.IsAsciiLetterOrDigit), entity, "id must be 1 to 64 letters and digits, such as 01RCC3N118B1V0SL8O7GK2LAES000007");
            Require(call.ConnId is { Length: 16 } connId && connId.All(char.IsAsciiHexDigit), entity, "connId must be 16 hex digits, such as 0071027198180007");
            Require(named.TrueForAll(n => n.Call.Value != call.Call && n.Identity.Id != call.Id && n.Identity.ConnId != call.ConnId), entity, "call, id and connId must each be used once");
            named.Add((new CallId(call.Call!), new GenesysCallIdentity(call.Id!, call.ConnId!)));
        }

        return named;
    }

    private static GenesysAgent Agent(GenesysSeedAgent agent, List<GenesysAgent> before, TelephonyDirectory network, string where)
    {
        string entity = $"{where}: agent '{agent.UserName}'";
        Require(!string.IsNullOrWhiteSpace(agent.UserName), $"{where}: agent {before.Count + 1}", "userName is required");
        Require(before.All(a => !a.UserName.Equals(agent.UserName, StringComparison.OrdinalIgnoreCase)), entity, "userName is already another agent's");
        Require(!string.IsNullOrEmpty(agent.Password), entity, "password is required");
        Require(ExtensionNumber.TryParse(agent.Extension, out ExtensionNumber number), entity, "extension must be an extension in extended form, such as 0003*15000");
        Extension? extension = network.FindExtension(number);
        Require(extension is { Type: ExtensionType.PhoneTerminal }, entity, $"extension {number} is not a Phone Terminal extension of the seed");
        Require(before.All(a => a.Extension.Number != number), entity, $"extension {number} is already another agent's device");
        string deviceId = agent.DeviceId ?? Guid.NewGuid().ToString();
        Require(!string.IsNullOrWhiteSpace(deviceId) && deviceId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'), entity, "deviceId must be letters, digits and dashes, such as a GUID");
        return new GenesysAgent(agent.UserName!, agent.Password!, agent.FirstName ?? string.Empty, agent.LastName ?? string.Empty, deviceId, extension!);
    }

    private static void Require(bool condition, string entity, string rule)
    {
        if (!condition)
        {
            throw new SeedException($"{entity}: {rule}.");
        }
    }
}
