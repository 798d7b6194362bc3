namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>The <c>operationName</c>s each Genesys route takes: what its service runs, and what the OpenAPI document lists.</summary>
public static class GenesysOperations
{
    private static readonly string[] Session = ["StartContactCenterSession", "EndContactCenterSession", "Ready", "NotReady", "AfterCallWork"];
    private static readonly string[] VoiceChannel = ["Ready", "NotReady", "AfterCallWork"];
    private static readonly string[] Device = ["Dial"];
    private static readonly string[] Call =
    [
        "Answer", "Reject", "Hangup", "Hold", "Retrieve", "SingleStepConference", "InitiateConference", "CompleteConference",
        "RemoveParticipantFromConference", "InitiateTransfer", "CompleteTransfer", "SingleStepTransfer", "SendDtmf",
        "AttachUserData", "UpdateUserData", "DeleteUserDataPair", "DeleteUserData", "MuteCall", "UnmuteCall",
        "StartCallRecording", "PauseCallRecording", "ResumeCallRecording", "StopCallRecording",
    ];

    public static IReadOnlyList<string> Of(GenesysOperationSet set) => set switch
    {
        GenesysOperationSet.Session => Session,
        GenesysOperationSet.VoiceChannel => VoiceChannel,
        GenesysOperationSet.Device => Device,
        GenesysOperationSet.Call => Call,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, "a route that takes operations names its set"),
    };
}
