using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Genesys.CometD;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>The emulator on its manual clock, with the default seed's Genesys agents and the CometD server's clients at hand.</summary>
public sealed class CometDEmulator : EmulatorFactory
{
    public const string Agent1 = "agent1";
    public const string Agent2 = "agent2";
    public const string Password = "password";

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
}
