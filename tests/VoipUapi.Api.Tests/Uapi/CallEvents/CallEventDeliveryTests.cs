using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.CallEvents.CallEventSubscriptions;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>What the emulator sends, through a real socket, to the URLs of PhoneCallEvents when calls come and go, on the manual clock.</summary>
public sealed class CallEventDeliveryTests
{
    [Fact]
    public async Task A_simple_call_sends_dial_out_dial_in_both_answers_and_both_hangups_with_the_vendor_parameters()
    {
        await using var emulator = new EmulatorFactory();
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        await user.SubscribeAsync("@me", "210", 1, receiver.Url("/dial-out"));
        await user.SubscribeAsync("@me", "210", 4, receiver.Url("/answered-out"), method: 1);
        await user.SubscribeAsync("@me", "0003*210", 2, receiver.Url("/hangup-210"));
        await organization.SubscribeAsync("13", "024", 0, receiver.Url("/dial-in"), method: 1);
        await organization.SubscribeAsync("13", "024", 3, receiver.Url("/answered-in"));
        await organization.SubscribeAsync("13", "024", 2, receiver.Url("/hangup-024"), method: 1);

        string id = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*024"]));
        emulator.AdvanceSeconds(3);
        Dictionary<string, ReceivedRequest> dialed = (await receiver.NextAsync(2)).ToDictionary(r => r.Path);
        emulator.AdvanceSeconds(3);
        Dictionary<string, ReceivedRequest> answered = (await receiver.NextAsync(2)).ToDictionary(r => r.Path);
        using HttpResponseMessage hungUp = await user.DeletePathAsync($"/uapi/phoneCalls/@me/210/{id}");
        Dictionary<string, ReceivedRequest> ended = (await receiver.NextAsync(2)).ToDictionary(r => r.Path);

        hungUp.StatusCode.Should().Be(HttpStatusCode.OK);
        dialed["/dial-out"].Method.Should().Be("GET");
        dialed["/dial-out"].Query.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "CALLING", "OUT"));
        dialed["/dial-in"].Method.Should().Be("POST");
        dialed["/dial-in"].Form.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "CALLING", "IN"));
        dialed["/dial-in"].Query.Should().BeEmpty("a POST carries the parameters in its form body only");
        answered["/answered-in"].Query.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "ANSWER", "IN"));
        answered["/answered-out"].Form.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "ANSWER", "OUT"));
        ended["/hangup-210"].Query.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "ANSWER", "OUT"));
        ended["/hangup-024"].Form.Should().BeEquivalentTo(Parameters(id, "4242425", "John Doe", "4242424", "0003*024", "0003*210", "0003*024", "ANSWER", "IN"));
        receiver.Pending().Should().BeEmpty("each event is sent once");
    }

    [Fact]
    public async Task An_inbound_call_from_the_public_network_sends_dial_in_and_answer_with_the_callers_number()
    {
        await using var emulator = new EmulatorFactory();
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        await user.SubscribeAsync("@me", "210", 0, receiver.Url("/dial-in"));
        await user.SubscribeAsync("@me", "210", 3, receiver.Url("/answered"), method: 1);

        Answer placed = await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210","callerId":"Jane Caller <3235742879>"}""");
        string id = placed.Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        ReceivedRequest dialIn = await receiver.NextAsync();
        await emulator.AnswerPhoneAsync("0003*210");
        ReceivedRequest answer = await receiver.NextAsync();

        dialIn.Path.Should().Be("/dial-in");
        dialIn.Query.Should().BeEquivalentTo(Parameters(id, "3235742879", "Jane Caller", "4242425", "0003*210", "", "0003*210", "CALLING", "IN"));
        answer.Path.Should().Be("/answered");
        answer.Form.Should().BeEquivalentTo(Parameters(id, "3235742879", "Jane Caller", "4242425", "0003*210", "", "0003*210", "ANSWER", "IN"));
    }

    [Fact]
    public async Task A_picked_up_call_dials_in_on_the_extension_that_picks_it_up_and_hangs_up_on_the_one_it_rang()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().WithSeedCalls();
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        await organization.SubscribeAsync("13", "0003*024", 0, receiver.Url("/dial-in-024"));
        await user.SubscribeAsync("@me", "210", 2, receiver.Url("/hangup-210"));

        using HttpResponseMessage picked = await user.PutJsonAsync("/uapi/phoneCalls/@me/0003*210/b817d2618fe6f1804333", UapiRequests.PickUp());
        Dictionary<string, ReceivedRequest> sent = (await receiver.NextAsync(2)).ToDictionary(r => r.Path);

        picked.StatusCode.Should().Be(HttpStatusCode.Accepted);
        sent["/dial-in-024"].Query.Should().BeEquivalentTo(
            Parameters("b817d2618fe6f1804333", "3334444", "John Doe", "4242424", "0003*024", "", "0003*210", "CALLING", "IN"));
        sent["/hangup-210"].Query.Should().BeEquivalentTo(
            Parameters("b817d2618fe6f1804333", "3334444", "John Doe", "4242425", "0003*210", "", "0003*210", "UNKNOWN", "IN"));
    }

    [Fact]
    public async Task A_request_answered_with_500_is_retried_when_the_clock_reaches_the_retry_and_every_attempt_is_recorded()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Uapi:Webhooks:RetryDelaysSeconds:0", "10");
        await using WebhookReceiver receiver = await WebhookReceiver.StartAsync();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        string eventId = await user.SubscribeAsync("@me", "210", 0, receiver.Url("/dial-in"));
        receiver.AnswerNext(500);
        var log = emulator.Services.GetRequiredService<VoipUapi.Api.Uapi.Webhooks.WebhookDeliveryLog>();

        Answer placed = await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210"}""");
        string id = placed.Expect(HttpStatusCode.Created).GetProperty("id").GetString()!;
        ReceivedRequest first = await receiver.NextAsync();
        await log.WaitAfterAsync(0, CancellationToken.None);
        emulator.AdvanceSeconds(9);
        int attemptsBeforeTheRetryIsDue = log.Newest(10).Length;
        emulator.AdvanceSeconds(1);
        ReceivedRequest retried = await receiver.NextAsync();
        await log.WaitAfterAsync(1, CancellationToken.None);
        JsonElement deliveries = (await control.GetAsync("/emulator/webhooks/deliveries")).Expect(HttpStatusCode.OK);

        first.Query.Should().BeEquivalentTo(retried.Query, "a retry sends the same request");
        attemptsBeforeTheRetryIsDue.Should().Be(1);
        JsonElement[] attempts = [.. deliveries.GetProperty("deliveries").EnumerateArray()];
        attempts.Select(a => (a.GetProperty("attempt").GetInt32(), a.GetProperty("status").GetInt32(), a.GetProperty("at").GetString()))
            .Should().Equal((2, 200, "2026-01-01T10:00:10Z"), (1, 500, "2026-01-01T10:00:00Z"));
        attempts[1].GetProperty("nextAttemptAt").GetString().Should().Be("2026-01-01T10:00:10Z");
        attempts[0].TryGetProperty("nextAttemptAt", out JsonElement none).Should().BeFalse(none.ToString());
        attempts[0].GetProperty("method").GetString().Should().Be("GET");
        attempts[0].GetProperty("url").GetString().Should().StartWith(receiver.Url("/dial-in?CallID=" + id));
        attempts[0].GetProperty("eventId").GetString().Should().Be(eventId);
        attempts[0].GetProperty("extension").GetString().Should().Be("0003*210");
        attempts[0].GetProperty("parameters").GetProperty("CallFlow").GetString().Should().Be("IN");
        deliveries.GetProperty("capacity").GetInt32().Should().Be(500);
    }

    [Fact]
    public async Task A_subscriber_that_cannot_be_reached_is_recorded_with_its_error_and_a_disabled_event_sends_nothing()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());
        await user.SubscribeAsync("@me", "210", 0, "http://127.0.0.1:1/closed");
        await user.SubscribeAsync("@me", "210", 0, "http://127.0.0.1:1/disabled", status: 0);
        var log = emulator.Services.GetRequiredService<VoipUapi.Api.Uapi.Webhooks.WebhookDeliveryLog>();

        (await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210"}""")).Status.Should().Be(HttpStatusCode.Created);
        await log.WaitAfterAsync(0, CancellationToken.None);
        JsonElement deliveries = (await control.GetAsync("/emulator/webhooks/deliveries")).Expect(HttpStatusCode.OK);

        JsonElement attempt = deliveries.GetProperty("deliveries").EnumerateArray().Single();
        attempt.GetProperty("url").GetString().Should().StartWith("http://127.0.0.1:1/closed?");
        attempt.TryGetProperty("status", out _).Should().BeFalse();
        attempt.GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
        attempt.GetProperty("nextAttemptAt").GetString().Should().Be("2026-01-01T10:00:05Z", "the first retry waits Uapi:Webhooks:RetryDelaysSeconds[0], 5 s by default");
    }
}
