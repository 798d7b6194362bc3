using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Uapi.Actions;

/// <summary>What each action needs from its body and its path (spec §8), shared by the validator and the service.</summary>
public static class CallActions
{
    /// <summary>Every action, as a client may send it: <c>PickUp, OnHold, …</c>.</summary>
    public static readonly string Listed = string.Join(", ", Enum.GetNames<CallAction>());

    /// <summary>The actions that apply to every call of the extension when the path names none.</summary>
    public static readonly string ListedForEveryCall = string.Join(", ", Enum.GetValues<CallAction>().Where(AppliesToEveryCall));

    /// <summary>The action <paramref name="text"/> names, in any case; null when it names none.</summary>
    public static CallAction? Parse(string? text) => EnumNames.TryParse(text, out CallAction action) ? action : null;

    /// <summary>True for the actions that ring <c>sendCallTo</c> (which they need), showing <c>callerId</c> for <c>waitForPickup</c>.</summary>
    public static bool RingsAPhone(CallAction action) =>
        action is CallAction.PickUp or CallAction.UnPark or CallAction.Transfer or CallAction.BargeIn or CallAction.Whisper or CallAction.Monitor;

    /// <summary>True for the actions whose table lists <c>phoneCallViewId</c> as required; Transfer and TransferToVoicemail name parties instead.</summary>
    public static bool NeedsView(CallAction action) => action is not (CallAction.Transfer or CallAction.TransferToVoicemail);

    /// <summary>
    /// True for the actions a path without <c>phoneCallId</c> applies to every call of the extension: those that act
    /// on the extension's own side of each call. The others ring one phone or name one party, so they name one call.
    /// </summary>
    public static bool AppliesToEveryCall(CallAction action) =>
        action is CallAction.OnHold or CallAction.OffHold or CallAction.Park or CallAction.StartRecording or CallAction.StopRecording;
}
