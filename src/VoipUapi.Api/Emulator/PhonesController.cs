using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Phones;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// Any phone of the network, by its number as the API writes it (<c>0003*210</c>, <c>0003*00</c>, <c>3235742879</c>,
/// <c>%2B4930123456</c>): what it does now, how it meets calls, and acting for it.
/// </summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/phones/{number}")]
public sealed class PhonesController(TelephonyNetwork network, EmulatorPhoneBook phones, TimeProvider time) : EmulatorControllerBase
{
    /// <summary>Whether the phone is idle, ringing or on a call (which call, which view), and how it meets the next call.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpGet]
    [ProducesResponseType<PhoneStatusResource>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Get(string? number) => WithPhone(number, phone => Ok(Status(phone)));

    /// <summary>Scripts the phone: every call that rings it from now on meets this behaviour (a call it is on keeps the one it met).</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPut]
    [ProducesResponseType<PhoneStatusResource>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Script(string? number, [FromBody] PhoneScript script) => WithPhone(number, phone =>
    {
        network.OverrideBehaviour(phone, EmulatorCallMapper.ToBehaviour(script));
        return Ok(Status(phone));
    });

    /// <summary>Gives the phone back the behaviour of the seed's rules.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpDelete]
    [ProducesResponseType<PhoneStatusResource>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Restore(string? number) => WithPhone(number, phone =>
    {
        network.RestoreBehaviour(phone);
        return Ok(Status(phone));
    });

    /// <summary>The ringing phone answers; 409 when it does not ring.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("answer")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Answer(string? number) => WithPhone(number, phone => Acted(network.AnswerPhone(phone)));

    /// <summary>The phone hangs up the call it talks on, or declines the one that rings it; 409 when idle.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("hangup")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult HangUp(string? number) => WithPhone(number, phone => Acted(network.HangUpPhone(phone)));

    /// <summary>The ringing phone declines the call; 409 when it does not ring.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("reject")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Reject(string? number) => WithPhone(number, phone => Acted(network.RejectPhone(phone)));

    /// <summary>The phone sends DTMF (<c>{"digits":"2233#"}</c>) on the call it talks on; 409 when it is not on a call.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("dtmf")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult SendDigits(string? number, [FromBody] DigitsRequest request) =>
        WithPhone(number, phone => Acted(network.SendDigits(phone, request.Digits!)));

    private IActionResult WithPhone(string? number, Func<PhoneAddress, IActionResult> act)
    {
        Outcome<PhoneAddress, ControlProblem> phone = phones.Find(number);
        return phone.Succeeded ? act(phone.Value) : Refuse(phone.Error);
    }

    private PhoneStatusResource Status(PhoneAddress phone) => EmulatorCallMapper.ToResource(network.StatusOf(phone));

    private IActionResult Acted(Outcome<Call, NetworkError> result) =>
        result.Succeeded
            ? Ok(EmulatorCallMapper.ToResource(result.Value, time.GetUtcNow()))
            : Refuse(ControlProblem.Conflict(result.Error.Message));
}
