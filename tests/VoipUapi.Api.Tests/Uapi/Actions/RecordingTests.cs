using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>StartRecording and StopRecording through HTTP: the view's recording, each span in the history with its format and length.</summary>
public sealed class RecordingTests
{
    [Fact]
    public async Task Start_recording_shows_on_the_extensions_view_and_stop_recording_keeps_the_span_with_its_format_and_length()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"StartRecording","format":"wav","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(30);

        (await user.ViewAsync(id, "01")).GetProperty("recording").GetString().Should().Be("2026-01-01T10:00:06Z");
        JsonElement charged = (await organization.ListAsync($"/uapi/phoneCalls/13/0003*024/{id}")).SingleEntry().GetProperty("phoneCallView")[0];
        charged.TryGetProperty("recording", out _).Should().BeFalse("the recording is 0003*210's, not the charged extension's");

        await user.ActAsync(id, """{"action":"StopRecording","phoneCallViewId":"01"}""");
        await user.ActAsync(id, """{"action":"StartRecording","format":"WAV49","phoneCallViewId":"01"}""");
        emulator.AdvanceSeconds(10);
        await emulator.HangUpPhoneAsync("3334444");

        (await user.ListAsync("/uapi/phoneCalls/@me/0003*210")).GetProperty("totalResults").GetInt32().Should().Be(0);
        emulator.Network.FindCall(new CallId(id))!.Recordings.Select(r => $"{r.Extension} {r.Format} {r.Length?.TotalSeconds}").Should().Equal("0003*210 wav 30", "0003*210 wav49 10");
        (await TimelineDetailsAsync(emulator, id, "recording")).Should().Equal("recordingStarted 0003*210 wav", "recordingStopped 0003*210 wav 30s", "recordingStarted 0003*210 wav49", "recordingStopped 0003*210 wav49 10s");
        (await StreamedKindsAsync(emulator, id)).Should().ContainInOrder("recordingStarted", "recordingStopped", "recordingStarted", "recordingStopped", "callEnded");
    }

    [Fact]
    public async Task Without_a_format_the_recording_is_wav()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        await user.ActAsync(id, """{"action":"StartRecording","phoneCallViewId":"01"}""");

        emulator.Network.FindLiveCall(new CallId(id))!.Recordings.Single().Format.Should().Be("wav");
    }

    [Fact]
    public async Task Recording_twice_stopping_what_is_not_recorded_and_recording_a_ringing_call_are_refused_naming_the_state()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        string ringing = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5353535"]));

        using HttpResponseMessage stop = await user.PutJsonAsync(PathOf(id), """{"action":"StopRecording","phoneCallViewId":"01"}""");
        await user.ActAsync(id, """{"action":"StartRecording","phoneCallViewId":"01"}""");
        using HttpResponseMessage twice = await user.PutJsonAsync(PathOf(id), """{"action":"StartRecording","format":"wav49","phoneCallViewId":"01"}""");
        using HttpResponseMessage early = await user.PutJsonAsync(PathOf(ringing), """{"action":"StartRecording","phoneCallViewId":"00"}""");

        (await stop.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"view 01 (0003*210): call {id} is not being recorded for 0003*210; start a recording (StartRecording) first.");
        (await twice.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().Contain($"call {id} is already recorded for 0003*210, in wav since 2026-01-01T10:00:06").And.EndWith("stop that recording first.");
        (await early.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecallview_invalid"))
            .Should().EndWith($"call {ringing} is not connected yet; a recording starts once both sides talk.");
        emulator.Network.FindLiveCall(new CallId(id))!.Recordings.Should().ContainSingle();
    }

    [Theory]
    [InlineData("mp3")]
    [InlineData("")]
    [InlineData("wav 49")]
    public async Task A_format_other_than_wav_or_wav49_is_pc_format_invalid(string format)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);

        using HttpResponseMessage response = await user.PutJsonAsync(PathOf(id), $$"""{"action":"StartRecording","format":"{{format}}","phoneCallViewId":"01"}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_format_invalid"))
            .Should().Be($"Value supplied in format is invalid: '{format}' is not a recording format; send \"format\": \"wav\" or \"format\": \"wav49\", or leave it out for wav.");
        emulator.Network.FindLiveCall(new CallId(id))!.Recordings.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_call_id_start_recording_records_every_connected_call_of_the_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string first = await ViewOneCallAsync(emulator);
        string second = await LocalCallAsync(emulator, user);

        using HttpResponseMessage response = await user.PutJsonAsync("/uapi/phoneCalls/@me/@self", """{"action":"StartRecording","format":"wav49"}""");

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await response.ReadJsonAsync()).EnumerateArray().Select(call => call.GetProperty("id").GetString()).Should().Equal(first, second);
        (await user.ViewAsync(first, "01")).GetProperty("recording").GetString().Should().Be("2026-01-01T10:00:12Z");
        (await user.ViewAsync(second, "00")).GetProperty("recording").GetString().Should().Be("2026-01-01T10:00:12Z");
    }
}
