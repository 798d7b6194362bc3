using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Api.Tests.Uapi;
using VoipUapi.Telephony;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Genesys.GenesysAgentClient;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// <see cref="EmulatorFactory"/> reuses one host per configuration across tests: the next test gets it restarted as
/// new, and sees nothing of the last one's. Each test here has a configuration of its own, so no other test takes its host.
/// </summary>
[Collection(EmulatorPoolAlone.Name)]
public sealed class EmulatorPoolTests
{
    private const string PhoneCalls = "/uapi/phoneCalls/@me/0003*210";

    [Fact]
    public async Task The_next_emulator_of_a_configuration_reuses_the_host_and_sees_no_call_event_token_session_request_or_time_of_the_last()
    {
        string ownPool = Guid.NewGuid().ToString();
        IServiceProvider firstServices;
        string firstToken;
        string sessionCookie;
        await using (EmulatorFactory first = new EmulatorFactory().With("Tests:Pool", ownPool).WithSeedCalls())
        {
            using HttpClient client = await first.ClientForAsync(SeedApp.User);
            firstToken = client.DefaultRequestHeaders.Authorization!.Parameter!;
            using HttpResponseMessage placed = await client.PostJsonAsync("/uapi/phoneCalls/@me/simple",
                """{"extension":"210","phoneCallView":[{"source":["0003*024"],"destination":["5550001"]}]}""");
            placed.StatusCode.Should().Be(HttpStatusCode.Accepted);
            first.Network.LiveCalls.Should().HaveCount(5, "the seed's four calls and the one placed");
            await first.ScriptPhoneAsync("0003*211", "busy");
            sessionCookie = await OpenGenesysSessionAsync(first);
            first.AdvanceSeconds(100);
            first.Network.EndedCalls.Should().NotBeEmpty("nobody answers 5550001");
            firstServices = first.Services;
        }

        DateTimeOffset secondStart = EmulatorFactory.DefaultStart.AddDays(3);
        await using EmulatorFactory second = new EmulatorFactory(secondStart).With("Tests:Pool", ownPool).WithSeedCalls();

        second.Services.Should().BeSameAs(firstServices, "a host given back is taken again by the same configuration");
        second.Clock.GetUtcNow().Should().Be(secondStart);
        TelephonyNetwork network = second.Network;
        network.LiveCalls.Should().HaveCount(4, "the seed's calls in progress start again");
        network.LiveCalls.Should().AllSatisfy(call => call.Published.Should().BeCloseTo(secondStart, TimeSpan.FromHours(1), "the seed starts them on this clock"));
        network.EndedCalls.Should().BeEmpty();
        network.Events.After(0)[0].Sequence.Should().Be(1, "events are numbered from 1 again, as in a new emulator");
        network.Events.After(0).Should().NotContain(e => e.Kind == Telephony.Events.NetworkEventKind.NetworkReset);
        using HttpClient stale = second.CreateClient();
        stale.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", firstToken);
        (await stale.GetAsync(new Uri(PhoneCalls, UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using HttpClient cookieOnly = second.CreateClient(new() { HandleCookies = false });
        cookieOnly.DefaultRequestHeaders.Add("Cookie", sessionCookie);
        (await cookieOnly.GetAsync(new Uri("/api/v2/me", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await second.CallsOnPhoneAsync("0003*211")).Should().BeEmpty();
        using HttpClient control = second.ControlClient();
        string journal = await control.GetStringAsync(new Uri("/emulator/requests", UriKind.Relative));
        journal.Should().NotContain("\"POST\"", "the last test's call was placed before").And.Contain("\"id\":1,", "ids count from 1 again");
    }

    [Fact]
    public async Task Two_emulators_at_once_never_share_a_host_and_another_configuration_never_takes_it()
    {
        string ownPool = Guid.NewGuid().ToString();
        await using EmulatorFactory one = new EmulatorFactory().With("Tests:Pool", ownPool);
        await using EmulatorFactory two = new EmulatorFactory().With("Tests:Pool", ownPool);
        one.Services.Should().NotBeSameAs(two.Services);

        IServiceProvider given = one.Services;
        await one.DisposeAsync();
        await using EmulatorFactory other = new EmulatorFactory().With("Tests:Pool", ownPool).With("Telephony:DefaultCallDurationSeconds", "60");

        other.Services.Should().NotBeSameAs(given);
    }

    [Fact]
    public async Task A_host_whose_clock_a_WithWebHostBuilder_host_shared_is_not_reused()
    {
        string ownPool = Guid.NewGuid().ToString();
        IServiceProvider shared;
        await using (EmulatorFactory first = new EmulatorFactory().With("Tests:Pool", ownPool))
        {
            shared = first.Services;
            using var derived = first.WithWebHostBuilder(_ => { });
            using HttpClient client = derived.CreateClient();
            (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        await using EmulatorFactory next = new EmulatorFactory().With("Tests:Pool", ownPool);
        next.Services.Should().NotBeSameAs(shared);
    }

    [Fact]
    public async Task An_EmulatorHost_of_its_own_has_the_kits_defaults()
    {
        await using var host = new EmulatorHost();
        using HttpClient client = host.CreateClient();

        (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).EnsureSuccessStatusCode();
        host.Clock.GetUtcNow().Should().Be(EmulatorFactory.DefaultStart);
        host.Clock.IsRunning.Should().BeFalse();
        host.Services.GetRequiredService<TelephonyNetwork>().LiveCalls.Should().BeEmpty("the seed's calls start only when asked");
    }

    [Fact]
    public async Task An_emulator_is_configured_before_it_starts_and_not_after()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Tests:Pool", Guid.NewGuid().ToString());
        _ = emulator.Network;

        emulator.Invoking(e => e.With("Telephony:DefaultCallDurationSeconds", "60")).Should().Throw<InvalidOperationException>().WithMessage("*before its first request*");
        emulator.Invoking(e => e.WithSeedCalls()).Should().Throw<InvalidOperationException>();
    }

    private static async Task<string> OpenGenesysSessionAsync(EmulatorFactory emulator)
    {
        using HttpClient http = emulator.CreateClient(new() { HandleCookies = false });
        http.DefaultRequestHeaders.Authorization = Basic("agent1", "password");
        using HttpResponseMessage me = await http.GetAsync(new Uri("/api/v2/me", UriKind.Relative));
        me.StatusCode.Should().Be(HttpStatusCode.OK);
        return me.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }
}
