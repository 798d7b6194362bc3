using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Enswitch;

/// <summary>
/// What every Enswitch controller shares: no MVC binding (the gate reads the query string and form body itself),
/// the gate's authentication and privilege checks, and the Enswitch envelope for every answer.
/// </summary>
[Produces("application/json")]
[ProducesResponseType<EnswitchEnvelope>(StatusCodes.Status200OK)]
public abstract class EnswitchControllerBase(EnswitchGate gate) : PlainController
{
    /// <summary>Admits the request for <paramref name="function"/>, then answers what <paramref name="act"/> gives.</summary>
    protected async Task<IActionResult> RunAsync(EnswitchFunction function, Func<EnswitchRequest, EnswitchEnvelope> act)
    {
        ArgumentNullException.ThrowIfNull(act);
        Outcome<EnswitchRequest, EnswitchEnvelope> admitted = await gate.AdmitAsync(Request, function);
        return new EnswitchResult(admitted.Succeeded ? act(admitted.Value) : admitted.Error);
    }
}
