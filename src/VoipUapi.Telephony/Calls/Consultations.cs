using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// Consultation: a party of a connected call puts it on hold and calls someone on another line (the consultation is
/// a call of its own, linked to the first). Completed as a conference, the one consulted joins the first call and the
/// party takes it off hold; as a transfer, the one consulted takes the party's place. A consultation that ends
/// uncompleted leaves the first call on hold for the party to take back.
/// </summary>
internal sealed class Consultations(NetworkKernel kernel, CallMachine machine, CallFactory factory)
{
    public Outcome<Call, NetworkError> Start(ConsultOrder order, Change change)
    {
        Outcome<(Call Call, CallLeg Leg), NetworkError> found = CallParties.TalkingOnPlainCall(kernel.Calls, order.CallId, order.Party, "a consultation");
        if (!found.Succeeded)
        {
            return found.Error;
        }

        (Call original, CallLeg party) = found.Value;
        if (original.Legs.Any(leg => leg.IsLive && leg.Phone == order.Target))
        {
            return new NetworkError(NetworkErrorCode.PhoneAlreadyInCall, $"{order.Target} is already in call {original.Id}; consult a phone that is not.");
        }

        if (original.Hold is null)
        {
            change.Commit(Holds.Put(original, party, change));
        }

        Call consultation = machine.Publish(factory.Consultation(original, order, change.Now), change);
        consultation = machine.AddLeg(consultation, order.Party, LegRole.Source, PhoneBehaviour.AnswersAtOnce, order.CallerId, change.Now, change.Now, change);
        change.Record(NetworkEventKind.ConsultationStarted, consultation, order.Party.Value, new ConsultationPayload(original.Id));
        return change.Commit(machine.RingStage(consultation, LegRole.Destination, change));
    }

    public Outcome<Call, NetworkError> Complete(CallId consultationId, ConsultCompletion completion, Change change)
    {
        if (kernel.Calls.FindLive(consultationId) is not { ConsultOf: { } originalId } consultation)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"there is no live consultation {consultationId}; it may have ended, or it is no consultation.");
        }

        if (consultation.Phase != CallPhase.Connected)
        {
            return new NetworkError(NetworkErrorCode.CallNotConnected, $"consultation {consultationId} is not answered yet; complete it once the one consulted talks.");
        }

        if (kernel.Calls.FindLive(originalId) is not { } original)
        {
            return new NetworkError(NetworkErrorCode.CallNotFound, $"call {originalId}, which consultation {consultationId} is about, has ended; there is nothing to complete it into.");
        }

        CallLeg party = consultation.Legs.First(leg => leg.Role == LegRole.Source);
        CallLeg consulted = consultation.Legs.First(leg => leg.Role == LegRole.Destination && leg.State == LegState.Answered);
        consultation = machine.End(machine.EndLeg(machine.EndLeg(consultation, consulted, LegState.Merged, change), party, LegState.Merged, change),
            CallDisposition.Answered, LegState.Cancelled, change);
        change.Commit(consultation);

        original = machine.AddLeg(original with { Hold = null }, consulted.Phone, LegRole.Added, consulted.Behaviour, consulted.ShownCallerId, change.Now, change.Now, change);
        if (completion == ConsultCompletion.Transfer && original.Legs.LastOrDefault(leg => leg.State == LegState.Answered && leg.Phone == party.Phone) is { } leaving)
        {
            original = machine.EndLeg(original, leaving, LegState.Transferred, change);
        }

        change.Record(NetworkEventKind.ConsultationCompleted, original, party.Phone.Value, new ConsultationPayload(original.Id, completion));
        return change.Commit(original);
    }
}
