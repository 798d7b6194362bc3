using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class ResetTests
{
    [Fact]
    public async Task Reset_ends_live_calls_and_forgets_ended_calls_and_scripted_phones()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string live = await uapi.PlaceSimpleCallAsync("5550001", "0003*00");
        string ended = await uapi.PlaceSimpleCallAsync("5550002", "0003*00");
        await emulator.ScriptPhoneAsync("0003*210", "busy");

        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        reset.GetProperty("clock").GetProperty("mode").GetString().Should().Be("manual");
        reset.GetProperty("clock").GetProperty("now").GetString().Should().Be("2026-01-01T10:00:00Z");
        reset.GetProperty("ids").GetProperty("seed").ValueKind.Should().Be(JsonValueKind.Null);
        (await control.GetAsync("/emulator/calls")).Expect(HttpStatusCode.OK).GetProperty("count").GetInt32().Should().Be(0);
        (await control.GetAsync($"/emulator/calls/{live}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await control.GetAsync($"/emulator/calls/{ended}")).Status.Should().Be(HttpStatusCode.NotFound);
        (await control.GetAsync("/emulator/phones/0003*210")).Json.GetProperty("overridden").GetBoolean().Should().BeFalse();
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Reset_starts_the_seeds_calls_in_progress_again_as_they_were_at_the_start()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        (await uapi.DeleteAsync("/uapi/phoneCalls/@me/210")).Status.Should().Be(HttpStatusCode.OK);
        string placed = await uapi.PlaceSimpleCallAsync("5550001", "0003*00");

        (await control.PostAsync("/emulator/reset")).Status.Should().Be(HttpStatusCode.OK);

        JsonElement live = (await control.GetAsync("/emulator/calls?state=live")).Expect(HttpStatusCode.OK);
        live.GetProperty("calls").EnumerateArray().Select(call => call.GetProperty("id").GetString())
            .Should().BeEquivalentTo(["b817d2618fe6f1804db1", "b817d2618fe6f1804333", "0071027198180007c0de", "0071027198180008c0de"], "the seed's calls come back, and no call from before the reset stays");
        (await control.GetAsync($"/emulator/calls/{placed}")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reset_keeps_a_manual_clock_frozen_where_it_stands()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.AdvanceAsync(60);

        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        reset.GetProperty("clock").GetProperty("now").GetString().Should().Be("2026-01-01T10:01:00Z");
        emulator.Clock.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task Reset_gives_a_manual_clock_that_was_set_running_its_frozen_start_mode_back()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        (await control.PutAsync("/emulator/clock", """{"mode":"realtime","scale":5}""")).Expect(HttpStatusCode.OK);

        JsonElement reset = (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        reset.GetProperty("clock").GetProperty("mode").GetString().Should().Be("manual");
        emulator.Clock.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task The_tokens_issued_before_a_reset_stay_valid()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());

        (await control.PostAsync("/emulator/reset")).Expect(HttpStatusCode.OK);

        (await uapi.GetAsync("/uapi/phoneCalls/@me/210")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Reset_racing_calls_being_placed_leaves_no_call_from_before_it_and_no_server_error()
    {
        const int Placers = 4;
        const int CallsEach = 12;
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        long order = 0;
        long resetSentAt = long.MaxValue;
        var placed = new ConcurrentBag<(string Id, long CompletedAt)>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var enoughPlaced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task PlaceAsync(int placer)
        {
            for (int i = 0; i < CallsEach; i++)
            {
                // Public numbers ending 0001 never answer: every call stays live until something ends it.
                Answer answer = i % 2 == 0
                    ? await uapi.PostAsync("/uapi/phoneCalls/@me/simple",
                        $$"""{"extension":"210","phoneCallView":[{"source":["5{{placer}}{{i:00}}0001"],"destination":["0003*00"]}]}""")
                    : await control.PostAsync("/emulator/calls/inbound", $$"""{"from":"6{{placer}}{{i:00}}0001","to":"0003*024"}""");
                statuses.Add(answer.Status);
                if (answer.Status is HttpStatusCode.Accepted or HttpStatusCode.Created)
                {
                    JsonElement body = answer.Json;
                    string id = (body.ValueKind == JsonValueKind.Array ? body[0] : body).GetProperty("id").GetString()!;
                    placed.Add((id, Interlocked.Increment(ref order)));
                }

                if (placed.Count >= Placers * 2)
                {
                    enoughPlaced.TrySetResult();
                }
            }
        }

        async Task ResetAsync()
        {
            await enoughPlaced.Task;
            Interlocked.Exchange(ref resetSentAt, Interlocked.Increment(ref order));
            statuses.Add((await control.PostAsync("/emulator/reset")).Status);
        }

        async Task ListAsync()
        {
            for (int i = 0; i < CallsEach; i++)
            {
                statuses.Add((await control.GetAsync("/emulator/calls")).Status);
            }
        }

        await Task.WhenAll([.. Enumerable.Range(0, Placers).Select(p => Task.Run(() => PlaceAsync(p))), Task.Run(ResetAsync), Task.Run(ListAsync)]);

        statuses.Should().NotContain(status => (int)status >= 500);
        statuses.Should().OnlyContain(status => status == HttpStatusCode.OK || status == HttpStatusCode.Accepted || status == HttpStatusCode.Created);
        List<string> before = placed.Where(call => call.CompletedAt < resetSentAt).Select(call => call.Id).ToList();
        before.Should().NotBeEmpty();
        emulator.Network.LiveCalls.Select(call => call.Id.Value).Should().NotIntersectWith(before);
        foreach (string id in before)
        {
            Answer call = await control.GetAsync($"/emulator/calls/{id}");
            if (call.Status == HttpStatusCode.OK)
            {
                call.Json.GetProperty("state").GetString().Should().Be("ended", $"call {id} was placed before the reset");
            }
            else
            {
                call.Status.Should().Be(HttpStatusCode.NotFound);
            }
        }
    }
}
