using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>The CometD emulator (manual clock) on a real Kestrel port of 127.0.0.1, for clients in other processes.</summary>
public sealed class LoopbackCometDEmulator : IAsyncDisposable
{
    private LoopbackCometDEmulator(CometDEmulator emulator, Uri address)
    {
        Emulator = emulator;
        Address = address;
    }

    public CometDEmulator Emulator { get; }

    public Uri Address { get; }

    public string NotificationsUrl => new Uri(Address, BayeuxHttp.Path).ToString();

    /// <param name="seedCalls">True: the seed's calls in progress start, as when the emulator starts on its own.</param>
    public static async Task<LoopbackCometDEmulator> StartAsync(bool seedCalls = false)
    {
        await NodeTooling.EnsureInstalledAsync();
        var emulator = new CometDEmulator();
        if (seedCalls)
        {
            emulator.WithSeedCalls();
        }

        emulator.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        emulator.StartServer();
        string address = emulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackCometDEmulator(emulator, new Uri(address));
    }

    public NodeCometDClient Agent(string user) => NodeCometDClient.Start(NotificationsUrl, user, CometDEmulator.Password);

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
