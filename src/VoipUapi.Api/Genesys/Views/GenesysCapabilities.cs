namespace VoipUapi.Api.Genesys.Views;

/// <summary>
/// The operations an agent may send on a call now, in the order GWS lists them (seed 003 for an established
/// conference, the CallResource page for an established two-party call). Mute is offered in a conference, recording
/// on a two-party call or one already recorded (docs/decisions/0020).
/// </summary>
public static class GenesysCapabilities
{
    private static readonly string[] UserData = ["AttachUserData", "UpdateUserData", "DeleteUserDataPair", "DeleteUserData"];

    public static IReadOnlyList<string> Of(AgentCall view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.State switch
        {
            GenesysCallState.Ringing => ["Answer", "Reject", .. UserData],
            GenesysCallState.Dialing => ["Hangup", .. UserData],
            GenesysCallState.Held => ["Retrieve", "Hangup", .. Completions(view), .. UserData],
            GenesysCallState.Established => Established(view),
            _ => [],
        };
    }

    private static List<string> Established(AgentCall view)
    {
        List<string> names = ["UpdateUserData", "SendDtmf", "InitiateConference", "Hold", "SingleStepTransfer", "InitiateTransfer"];
        if (view.IsConference)
        {
            names.Add("RemoveParticipantFromConference");
        }

        names.AddRange(["AttachUserData", "DeleteUserDataPair", "SingleStepConference", "DeleteUserData"]);
        if (view.IsConference)
        {
            names.Add(view.Leg!.Muted ? "UnmuteCall" : "MuteCall");
        }

        names.AddRange(Completions(view));
        names.Add("Hangup");
        names.AddRange(view.RecordingState switch
        {
            "Recording" => ["PauseCallRecording", "StopCallRecording"],
            "Paused" => ["ResumeCallRecording", "StopCallRecording"],
            _ when !view.IsConference => ["StartCallRecording"],
            _ => [],
        });
        return names;
    }

    /// <summary>On a consultation, or the call it is about: complete it as a conference or a transfer.</summary>
    private static IEnumerable<string> Completions(AgentCall view) =>
        view.Call.ConsultOf is not null || view.ConsultationOpen ? ["CompleteConference", "CompleteTransfer"] : [];
}
