using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi.Actions;

/// <summary>One call a PUT acts on: who asks, the path's scope, the call, the view it acts from and the body.</summary>
/// <param name="UserId">The userId segment of the path, for the links the messages give.</param>
public sealed record CallActionTarget(UapiCaller Caller, CallScope Scope, string UserId, Call Call, CallView View, CallAction Action, PhoneCallAction Body)
{
    /// <summary>The view as messages name it: <c>view 01 (0003*210)</c>.</summary>
    public string Named => $"view {View.Id} ({View.Extension})";
}
