using System.Globalization;
using VoipUapi.Api.Uapi.Actions;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// The PUT actions (spec §8): one dispatch from the action to its method, the view each acts from, and one reading of
/// the engine's refusals. Without a <c>phoneCallId</c> the action runs on every call of the path.
/// </summary>
public sealed partial class UapiPhoneCallService
{
    /// <summary>
    /// Runs a validated action on the call the path names, or (without <paramref name="phoneCallId"/>) on every call of
    /// the path's extensions, and gives back the calls it changed. Without a call id: an empty list when the path has no
    /// call, the first refusal when the action fits none of its calls.
    /// </summary>
    public Outcome<List<Call>, UapiError> Act(UapiCaller caller, string userId, string extension, string? phoneCallId, PhoneCallAction body)
    {
        CallAction action = CallActions.Parse(body.Action) ?? throw new ArgumentException("the action was not validated", nameof(body));
        if (phoneCallId is null && !CallActions.AppliesToEveryCall(action))
        {
            return UapiErrors.For(PhoneCallInvalid,
                $"{action} acts on one call, and the path names none; send PUT /uapi/phoneCalls/{userId}/{extension}/{{phoneCallId}} with the id GET /uapi/phoneCalls/{userId}/{extension} lists. "
                + $"Without phoneCallId only {CallActions.ListedForEveryCall} apply to every call of the extension.");
        }

        Outcome<(CallScope Scope, List<Call> Calls), UapiError> found = CallsOfPath(caller, userId, extension, phoneCallId);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        var changed = new List<Call>();
        UapiError? refused = null;
        foreach (Call call in found.Value.Calls)
        {
            Outcome<Call, UapiError> done = ActOn(caller, found.Value.Scope, userId, call, action, body, everyCall: phoneCallId is null);
            if (done.Succeeded)
            {
                changed.Add(done.Value);
            }
            else
            {
                refused ??= done.Error;
            }
        }

        return changed.Count > 0 || refused is null ? changed : refused;
    }

    private Outcome<Call, UapiError> ActOn(UapiCaller caller, CallScope scope, string userId, Call call, CallAction action, PhoneCallAction body, bool everyCall)
    {
        Outcome<CallView, UapiError> view = ViewToActFrom(caller, scope, call, action, body.PhoneCallViewId, everyCall);
        if (!view.Succeeded)
        {
            return view.Error;
        }

        var target = new CallActionTarget(caller, scope, userId, call, view.Value, action, body);
        return action switch
        {
            CallAction.PickUp => PickUp(target),
            CallAction.OnHold => AsParty(target, party => network.Hold(call.Id, party)),
            CallAction.OffHold => AsParty(target, party => network.Retrieve(call.Id, party)),
            CallAction.Park => AsParty(target, party => network.Park(call.Id, party, Seconds(body.MaxInParking, PhoneCallActionValidator.MaxParkingSeconds))),
            CallAction.UnPark => UnPark(target),
            CallAction.Transfer => Transfer(target),
            CallAction.TransferToVoicemail => TransferToVoicemail(target),
            CallAction.BargeIn or CallAction.Whisper or CallAction.Monitor => Supervise(target),
            CallAction.StartRecording => Engine(target, network.StartRecording(call.Id, view.Value.Extension, RecordingFormat(body.Format))),
            _ => Engine(target, network.StopRecording(call.Id, view.Value.Extension)),
        };
    }

    /// <summary>
    /// The view named by <paramref name="viewId"/>, if the app may see it and it is one of the path's extensions; when
    /// the body names none, the first view of the path's extensions (for the actions that may leave it out).
    /// </summary>
    private Outcome<CallView, UapiError> ViewToActFrom(UapiCaller caller, CallScope scope, Call call, CallAction action, string? viewId, bool everyCall)
    {
        List<CallView> visible = CallViews.Of(call).Where(v => resolver.CanSee(caller, v.Extension)).ToList();
        string views = string.Join(", ", visible.Select(v => $"{v.Id} ({v.Extension}, status {(int)v.Status})"));
        if (viewId is null)
        {
            CallView? own = visible.Find(v => scope.Extensions.Contains(v.Extension.ToString()));
            return own is not null && (everyCall || !CallActions.NeedsView(action))
                ? own
                : UapiErrors.For(PhoneCallViewInvalid, $"phoneCallViewId is missing; {action} acts from one view of call {call.Id}: send the view of the extension in the path ({views}).");
        }

        CallView? view = visible.Find(v => v.Id == viewId)
            ?? (int.TryParse(viewId, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                ? visible.Find(v => int.Parse(v.Id, CultureInfo.InvariantCulture) == number)
                : null);
        if (view is null)
        {
            return UapiErrors.For(PhoneCallViewInvalid, $"call {call.Id} has no view '{viewId}' you may see; its views are {views}.");
        }

        return scope.Extensions.Contains(view.Extension.ToString())
            ? view
            : UapiErrors.For(PhoneCallViewInvalid,
                $"view {view.Id} is the view of {view.Extension}, not of {string.Join(", ", scope.Extensions)}; send the view of the extension in the path: {views}.");
    }

    /// <summary>Runs <paramref name="act"/> for the phone that talks for the view's extension; refused when the view is not a party on the call.</summary>
    private static Outcome<Call, UapiError> AsParty(CallActionTarget target, Func<PhoneAddress, Outcome<Call, NetworkError>> act)
    {
        Outcome<PhoneAddress, UapiError> party = PartyOf(target);
        return party.Succeeded ? Engine(target, act(party.Value)) : party.Error;
    }

    private static Outcome<PhoneAddress, UapiError> PartyOf(CallActionTarget target)
    {
        CallView view = target.View;
        if (view.Status != CallViewStatus.OnCall)
        {
            return UapiErrors.For(PhoneCallViewInvalid,
                $"{target.Named} is {Describe(view.Status)} (status {(int)view.Status}); {target.Action} needs a view on the call (status 5).");
        }

        return view.Acting is { } phone
            ? phone
            : UapiErrors.For(PhoneCallViewInvalid,
                $"{view.Extension} is charged for call {target.Call.Id} but is no party of it ({target.Named}); {target.Action} acts from the view of an extension that talks on the call.");
    }

    /// <summary>The engine's answer in UnifiedAPI terms: the call, or the refusal with the field it is about.</summary>
    /// <param name="party">The code of a refusal that names a party (the transfer fields); null: the view's.</param>
    private static Outcome<Call, UapiError> Engine(CallActionTarget target, Outcome<Call, NetworkError> result, string? party = null)
    {
        if (result.Succeeded)
        {
            return result.Value;
        }

        NetworkError error = result.Error;
        return error.Code switch
        {
            NetworkErrorCode.CallNotFound => UapiErrors.For(PhoneCallInvalid,
                $"call {target.Call.Id} ended before {target.Action} could act on it; list the live ones with GET /uapi/phoneCalls/{target.UserId}/@self."),
            NetworkErrorCode.PickUpTargetInvalid or NetworkErrorCode.PhoneAlreadyInCall or NetworkErrorCode.PublicTransferNotAllowed =>
                UapiErrors.For(SendCallToInvalid, error.Message),
            NetworkErrorCode.PhoneNotInCall or NetworkErrorCode.PhoneCallAmbiguous when party is not null => UapiErrors.For(party, error.Message),
            _ => UapiErrors.For(PhoneCallViewInvalid, $"{target.Named}: {error.Message}"),
        };
    }

    private static string RecordingFormat(string? format) =>
        format?.ToLowerInvariant() ?? PhoneCallActionValidator.DefaultFormat;

    private static string Describe(CallViewStatus status) => status switch
    {
        CallViewStatus.OnCall => "on the call",
        CallViewStatus.Ringing => "ringing",
        CallViewStatus.OtherSideRinging => "waiting while the other side rings",
        CallViewStatus.Trying => "trying",
        CallViewStatus.OffHook => "off hook",
        _ => "not on the call any more",
    };
}
