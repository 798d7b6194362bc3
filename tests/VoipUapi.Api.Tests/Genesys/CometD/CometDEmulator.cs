using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Genesys.CometD;
using VoipUapi.Telephony.Seeding;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>
/// The emulator on its manual clock with two Genesys agents of its own (the default seed plus a <c>dialects.genesys</c>
/// section: <see cref="Agent1"/> on 0003*210, <see cref="Agent2"/> on 0003*024), and the CometD server's clients at hand.
/// </summary>
public sealed class CometDEmulator : EmulatorFactory
{
    public const string Agent1 = "cometd-agent1";
    public const string Agent2 = "cometd-agent2";
    public const string Password = "cometd-password";

    private static readonly Lazy<string> SeedPath = new(WriteSeed);

    public CometDEmulator()
    {
        With("Emulator:SeedPath", SeedPath.Value);
    }

    public BayeuxClients Clients => Services.GetRequiredService<BayeuxClients>();

    public BayeuxHttp Bayeux(string agent = Agent1) => BayeuxHttp.As(CreateClient(), agent, Password);

    public new CometDEmulator With(string key, string? value)
    {
        base.With(key, value);
        return this;
    }

    /// <summary>Sends a connect of <paramref name="clientId"/> and returns its pending answer once the server holds it.</summary>
    public async Task<Task<JsonArray>> HeldConnectAsync(BayeuxHttp bayeux, string clientId)
    {
        ArgumentNullException.ThrowIfNull(bayeux);
        Task<JsonArray> held = bayeux.ConnectAsync(clientId);
        await Clients.Find(clientId)!.ConnectHeldAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return held;
    }

    public void Publish(string agent, string channel, JsonObject data) => Clients.Publish(agent, channel, data);

    private static string WriteSeed()
    {
        using Stream embedded = typeof(SeedLoader).Assembly.GetManifestResourceStream("VoipUapi.Telephony.default-seed.json")!;
        JsonObject seed = JsonNode.Parse(embedded)!.AsObject();
        JsonObject dialects = seed["dialects"] as JsonObject ?? [];
        seed["dialects"] = dialects;
        dialects["genesys"] = new JsonObject
        {
            ["agents"] = new JsonArray(
                new JsonObject { ["userName"] = Agent1, ["password"] = Password, ["extension"] = "0003*210" },
                new JsonObject { ["userName"] = Agent2, ["password"] = Password, ["extension"] = "0003*024" }),
        };
        string path = Path.Combine(Path.GetTempPath(), $"voipuapi-cometd-seed-{Environment.ProcessId}.json");
        File.WriteAllText(path, seed.ToJsonString());
        return path;
    }
}
