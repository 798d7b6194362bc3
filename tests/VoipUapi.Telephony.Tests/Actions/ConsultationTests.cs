using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Actions.ConnectedCalls;

namespace VoipUapi.Telephony.Tests.Actions;

/// <summary>A party consults someone on another line while its call waits on hold, then conferences or transfers them in.</summary>
public sealed class ConsultationTests
{
    private static readonly PhoneAddress Expert = TestNetwork.Phone("0003*024");

    [Fact]
    public void A_consultation_holds_the_call_rings_the_one_consulted_on_another_line_and_completed_as_a_conference_joins_them()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        Call consultation = world.Network.Consult(new ConsultOrder(call.Id, Agent, Expert, TestNetwork.SourceCallerId)).Value!;
        consultation.ConsultOf.Should().Be(call.Id);
        world.Current(call.Id).Hold!.HolderLeg.Should().Be(0);
        world.Network.StatusOf(Agent).Lines.Select(line => (line.Call.Id, line.State)).Should().Equal((call.Id, LineState.Held), (consultation.Id, LineState.Active));
        world.AdvanceTo(9);

        Call conference = world.Network.CompleteConsultation(consultation.Id, ConsultCompletion.Conference).Value!;

        conference.Hold.Should().BeNull();
        conference.LegSummary().Should().Equal("0003*210 Source Answered", "5353535 Destination Answered", "0003*024 Added Answered");
        world.Current(consultation.Id).Should().Match<Call>(c => c.Phase == CallPhase.Ended && c.Disposition == CallDisposition.Answered);
        world.Current(consultation.Id).LegSummary().Should().Equal("0003*210 Source Merged", "0003*024 Destination Merged");
        world.Network.StatusOf(Agent).Lines.Should().ContainSingle().Which.State.Should().Be(LineState.Active);
        world.Network.StatusOf(Expert).Lines.Should().ContainSingle().Which.Call.Id.Should().Be(call.Id);
    }

    [Fact]
    public void Completed_as_a_transfer_the_one_consulted_takes_the_party_place()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);
        Call consultation = world.Network.Consult(new ConsultOrder(call.Id, Agent, Expert, TestNetwork.SourceCallerId)).Value!;
        world.AdvanceTo(9);

        Call transferred = world.Network.CompleteConsultation(consultation.Id, ConsultCompletion.Transfer).Value!;

        transferred.LegSummary().Should().Equal("0003*210 Source Transferred", "5353535 Destination Answered", "0003*024 Added Answered");
        world.Network.IsEngaged("0003*210").Should().BeFalse();
        world.Timeline(call.Id)[^1].Should().Be($"9s ConsultationCompleted 0003*210 transfer into {call.Id}");
    }

    [Fact]
    public void An_unanswered_consultation_cannot_be_completed_and_when_it_ends_the_call_stays_on_hold_for_the_party()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.Rejects).Build();
        Call call = Connect(world);

        Call consultation = world.Network.Consult(new ConsultOrder(call.Id, Agent, Expert, TestNetwork.SourceCallerId)).Value!;

        consultation.Phase.Should().Be(CallPhase.Ended);
        world.Network.CompleteConsultation(consultation.Id, ConsultCompletion.Conference).Error!.Code.Should().Be(NetworkErrorCode.CallNotFound);
        world.Current(call.Id).Hold.Should().NotBeNull();
        world.Network.Retrieve(call.Id, Agent).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Mute_and_call_data_change_the_call_and_say_so()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        Call call = Connect(world);

        world.Network.SetMuted(call.Id, Agent, muted: true).Value!.Leg("0003*210").Muted.Should().BeTrue();
        world.Network.SetMuted(call.Id, Agent, muted: true).Error!.Message.Should().Be($"0003*210 is already muted on call {call.Id}.");
        world.Network.SetCallData(call.Id, new Dictionary<string, string> { ["CaseId"] = "42", ["Queue"] = "sales" });
        world.Network.SetCallData(call.Id, new Dictionary<string, string> { ["CaseId"] = "43" }).Value!.Data.Should().Equal(
            new Dictionary<string, string> { ["CaseId"] = "43", ["Queue"] = "sales" });
        world.Network.RemoveCallData(call.Id, "Queue").Value!.Data.Keys.Should().Equal("CaseId");
        world.Network.RemoveCallData(call.Id, "Nope").Error!.Message.Should().Be($"call {call.Id} has no data under 'Nope'; its keys are CaseId.");
        world.Timeline(call.Id).TakeLast(4).Should().Equal(
            "6s MuteChanged 0003*210 muted", "6s CallDataChanged CaseId, Queue", "6s CallDataChanged CaseId", "6s CallDataChanged Queue");
    }
}
