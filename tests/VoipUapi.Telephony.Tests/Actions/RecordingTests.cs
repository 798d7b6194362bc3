using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Actions;

public sealed class RecordingTests
{
    private static readonly ExtensionNumber Extension = new("0003", "210");

    [Fact]
    public void Each_recording_span_keeps_its_format_and_length_and_one_still_running_stops_with_the_call()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        world.Network.StartRecording(call.Id, Extension, "wav");
        Perspectives.Of(world.Current(call.Id)).Single().RecordingSince.Should().Be(At(6));
        world.AdvanceTo(10);
        world.Network.StopRecording(call.Id, Extension);
        world.Network.StartRecording(call.Id, Extension, "wav49");
        world.AdvanceTo(13);
        Call ended = world.Network.HangUp(call.Id).Value!;

        ended.Recordings.Should().Equal(new CallRecording(Extension, "wav", At(6), At(10)), new CallRecording(Extension, "wav49", At(10), At(13)));
        world.Timeline(call.Id).Should().Contain(["10s RecordingStopped 0003*210 wav 4s", "13s RecordingStopped 0003*210 wav49 3s"]);
    }

    [Fact]
    public void Starting_twice_stopping_nothing_and_recording_for_an_extension_with_no_part_are_refused()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        world.Network.StartRecording(call.Id, Extension, "wav");

        world.Network.StartRecording(call.Id, Extension, "wav").Error!.Message.Should().StartWith($"call {call.Id} is already recorded for 0003*210, in wav since");
        world.Network.StopRecording(call.Id, new ExtensionNumber("0003", "024")).Error!.Code.Should().Be(NetworkErrorCode.PhoneNotInCall);
        world.Network.StopRecording(call.Id, Extension);
        world.Network.StopRecording(call.Id, Extension).Error!.Message.Should().Be($"call {call.Id} is not being recorded for 0003*210; start a recording (StartRecording) first.");
    }

    [Fact]
    public void A_paused_recording_resumes_in_its_format_and_a_stop_while_paused_ends_the_pause()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        world.Network.StartRecording(call.Id, Extension, "wav");
        world.AdvanceTo(8);

        world.Network.PauseRecording(call.Id, Extension).Succeeded.Should().BeTrue();
        world.Network.PauseRecording(call.Id, Extension).Error!.Code.Should().Be(NetworkErrorCode.CallStateInvalid);
        world.Network.StartRecording(call.Id, Extension, "mp3").Error!.Message.Should().Contain("is paused; resume it");
        world.AdvanceTo(11);
        world.Network.ResumeRecording(call.Id, Extension).Succeeded.Should().BeTrue();
        world.Network.ResumeRecording(call.Id, Extension).Error!.Message.Should().Contain("is not paused");
        world.AdvanceTo(12);
        world.Network.PauseRecording(call.Id, Extension);
        Call stopped = world.Network.StopRecording(call.Id, Extension).Value!;

        stopped.Recordings.Should().Equal(new CallRecording(Extension, "wav", At(6), At(8)), new CallRecording(Extension, "wav", At(11), At(12)));
        world.Network.ResumeRecording(call.Id, Extension).Error!.Code.Should().Be(NetworkErrorCode.CallStateInvalid);
    }
}
