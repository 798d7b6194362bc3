using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class IdSeedTests
{
    [Fact]
    public async Task Call_ids_are_random_unless_a_seed_is_given()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement ids = (await control.GetAsync("/emulator/ids")).Expect(HttpStatusCode.OK);

        ids.GetRawText().Should().Be("""{"seed":null}""");
    }

    [Fact]
    public async Task Put_sets_the_seed_and_get_answers_it()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement seeded = (await control.PutAsync("/emulator/ids", """{"seed":42}""")).Expect(HttpStatusCode.OK);
        JsonElement read = (await control.GetAsync("/emulator/ids")).Expect(HttpStatusCode.OK);
        JsonElement random = (await control.PutAsync("/emulator/ids", """{"seed":null}""")).Expect(HttpStatusCode.OK);

        seeded.GetRawText().Should().Be("""{"seed":42}""");
        read.GetRawText().Should().Be("""{"seed":42}""");
        random.GetRawText().Should().Be("""{"seed":null}""");
    }

    [Fact]
    public async Task Two_emulators_started_with_seed_42_give_the_same_call_ids()
    {
        List<string> first = await PlaceCallsAsync(new EmulatorFactory().With("Emulator:IdSeed", "42"));
        List<string> second = await PlaceCallsAsync(new EmulatorFactory().With("Emulator:IdSeed", "42"));

        first.Should().Equal(second);
        first.Should().OnlyHaveUniqueItems().And.AllSatisfy(id => id.Should().MatchRegex("^[0-9a-f]{20}$"));
    }

    [Fact]
    public async Task Reseeding_through_the_control_API_repeats_the_ids_that_followed_the_same_seed()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());

        (await control.PutAsync("/emulator/ids", """{"seed":7}""")).Expect(HttpStatusCode.OK);
        List<string> first = [await uapi.PlaceSimpleCallAsync("5550002", "0003*00"), await uapi.PlaceSimpleCallAsync("5560002", "0003*00")];
        (await control.PutAsync("/emulator/ids", """{"seed":"7"}""")).Expect(HttpStatusCode.OK);
        List<string> again = [await uapi.PlaceSimpleCallAsync("5550002", "0003*00"), await uapi.PlaceSimpleCallAsync("5560002", "0003*00")];

        again.Should().Equal(first);
    }

    [Fact]
    public async Task The_id_seed_start_option_is_applied_at_start_and_again_by_reset()
    {
        await using var emulator = new EmulatorFactory().With("Emulator:IdSeed", "42");
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        JsonElement atStart = (await control.GetAsync("/emulator/ids")).Expect(HttpStatusCode.OK);
        string firstId = await uapi.PlaceSimpleCallAsync("5550002", "0003*00");
        (await control.PutAsync("/emulator/ids", """{"seed":null}""")).Expect(HttpStatusCode.OK);

        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);
        string afterReset = await uapi.PlaceSimpleCallAsync("5550002", "0003*00");

        atStart.GetProperty("seed").GetInt32().Should().Be(42);
        reset.GetProperty("ids").GetProperty("seed").GetInt32().Should().Be(42);
        afterReset.Should().Be(firstId);
    }

    [Theory]
    [InlineData("{}", "seed is missing")]
    [InlineData("""{"seed":4.5}""", "seed has the wrong JSON type; send a whole number")]
    [InlineData("""{"seed":"abc"}""", "seed has the wrong JSON type; send a whole number")]
    [InlineData("""{"seed":99999999999}""", "seed has the wrong JSON type; send a whole number")]
    [InlineData("""{"seed":[42]}""", "seed has the wrong JSON type; send a whole number")]
    public async Task Bad_seeds_are_refused(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PutAsync("/emulator/ids", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
    }

    /// <summary>Three simple calls and one inbound call, in that order.</summary>
    private static async Task<List<string>> PlaceCallsAsync(EmulatorFactory factory)
    {
        await using EmulatorFactory emulator = factory;
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        List<string> ids =
        [
            await uapi.PlaceSimpleCallAsync("5550001", "0003*00"),
            await uapi.PlaceSimpleCallAsync("5560001", "0003*00"),
            await uapi.PlaceSimpleCallAsync("0003*210", "3235742879"),
        ];
        ids.Add((await control.PostAsync("/emulator/calls/inbound", """{"from":"5551234","to":"0003*024"}"""))
            .Expect(HttpStatusCode.Created).GetProperty("id").GetString()!);
        return ids;
    }
}
