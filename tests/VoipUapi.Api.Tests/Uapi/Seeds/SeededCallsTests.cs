using System.Net;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>
/// The default seed's calls in progress, as the emulator started on its own has them (here through
/// <see cref="EmulatorFactory.WithSeedCalls"/>): seed 000's <c>b817d2618fe6f1804db1</c> and seed 004's <c>b817d2618fe6f1804333</c>.
/// </summary>
public sealed class SeededCallsTests
{
    [Fact]
    public async Task The_user_app_lists_both_seeded_calls_on_210_and_sees_only_its_own_view_of_the_one_ringing_it()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await client.ListAsync("/uapi/phoneCalls/@me/210");

        page.EntryIds().Should().Equal("b817d2618fe6f1804db1", "b817d2618fe6f1804333");
        JsonElement ringing = page.GetProperty("entry")[1];
        ringing.GetProperty("extension").GetString().Should().Be("0003*024");
        JsonElement view = ringing.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("id").GetString().Should().Be("01");
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("status").GetString().Should().Be("3");
        view.GetProperty("callerId").GetString().Should().Be("John Doe <3334444>");
        string self = ringing.GetProperty("links").GetProperty("self").GetString()!;
        self.Should().Be("http://localhost/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333", "the app may not list 0003*024, the charged extension");
        (await client.ListAsync(self)).EntryIds().Should().Equal("b817d2618fe6f1804333");
    }

    [Fact]
    public async Task While_the_seeded_calls_hold_two_lines_of_210_a_new_call_from_it_rings_on_a_third_and_connects()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));
        emulator.AdvanceSeconds(3);

        JsonElement page = await client.ListAsync("/uapi/phoneCalls/@me/210");
        page.EntryIds().Should().BeEquivalentTo("b817d2618fe6f1804db1", "b817d2618fe6f1804333", id);
        JsonElement placed = page.GetProperty("entry").EnumerateArray().Single(call => call.GetProperty("id").GetString() == id);
        placed.GetProperty("phoneCallView").EnumerateArray().Single().GetProperty("status").GetString().Should().Be("5");
        emulator.Network.EndedCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Hanging_up_every_call_of_210_ends_the_seeded_calls_and_frees_it()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage hungUp = await client.DeletePathAsync("/uapi/phoneCalls/@me/210");
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));
        emulator.AdvanceSeconds(3);

        hungUp.StatusCode.Should().Be(HttpStatusCode.OK);
        (await hungUp.ReadJsonAsync()).EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().BeEquivalentTo(
            ["b817d2618fe6f1804db1", "b817d2618fe6f1804333"]);
        (await client.ListAsync("/uapi/phoneCalls/@me/210")).SingleEntry().GetProperty("phoneCallView")[0].GetProperty("status").GetString()
            .Should().Be("5", "call {0} connected once 210 answered", id);
    }

    [Fact]
    public async Task The_test_factory_starts_without_the_seeds_calls_unless_asked()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await client.ListAsync("/uapi/phoneCalls/@me/@self");

        page.GetProperty("totalResults").GetInt32().Should().Be(0);
        emulator.Network.Conferences.Find(new Telephony.Numbers.ExtensionNumber("0003", "211"), "3").Should().NotBeNull("conferences are part of the directory, not calls in progress");
    }
}
