using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Calls;

/// <summary>
/// A feature that follows what happens to the legs of calls (conference invites, rooms...). The call machine tells
/// each observer, in the order they were added, instead of calling features by name; each returns the call as it is
/// afterwards.
/// </summary>
internal interface ICallObserver
{
    /// <summary>After <paramref name="leg"/> answered and the machine moved the call on.</summary>
    Call OnLegAnswered(Call call, CallLeg leg, Change change) => call;

    /// <summary>After <paramref name="leg"/> (as it was before) ended.</summary>
    Call OnLegEnded(Call call, CallLeg leg, Change change) => call;

    /// <summary>Once the call ended (every leg has), before it is committed.</summary>
    Call OnCallEnded(Call call, Change change) => call;

    /// <summary>After the phone of <paramref name="leg"/>, on the call, sent <paramref name="digits"/>.</summary>
    Call OnDigits(Call call, CallLeg leg, string digits, Change change) => call;
}
