using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
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
    /// <summary>Whether the phone is idle, ringing or on a call, every line in use (call, view, ringing/active/held) and its line count, and how it meets the next call.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpGet]
    [ProducesResponseType<PhoneStatusResource>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Get(string? number) => WithPhone(number, phone => Ok(Status(phone)));

    /// <summary>
    /// Scripts the phone: every call that rings it from now on meets this behaviour (a call it is on keeps the one it
    /// met); <c>registered</c> registers or unregisters a Phone Terminal extension (unregistered, calls meet it as unreachable).
    /// </summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPut]
    [ProducesResponseType<PhoneStatusResource>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Script(string? number, [FromBody] PhoneScript script) => WithPhone(number, phone =>
    {
        if (script.Registered is { } registered)
        {
            if (!IsPhoneTerminal(phone))
            {
                return Refuse(ControlProblem.BadInput(
                    $"registered applies to the phone of a Phone Terminal extension, and {phone} is not one; leave registered out or send the number of one, such as 0003*210."));
            }

            network.SetRegistered(phone, registered);
        }

        if (script.Behaviour is not null)
        {
            network.OverrideBehaviour(phone, EmulatorCallMapper.ToBehaviour(script));
        }

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

    /// <summary>The ringing phone answers (<c>?callId=</c> names the call when several ring it); 409 when it does not ring, or names the calls to choose from.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("answer")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Answer(string? number, [FromQuery] PhoneActionQuery query) => WithPhone(number, phone => Acted(network.AnswerPhone(phone, CallOf(query))));

    /// <summary>The phone hangs up the call it talks on, or declines the one that rings it (<c>?callId=</c> names the call); 409 when idle, or names the calls to choose from.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("hangup")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult HangUp(string? number, [FromQuery] PhoneActionQuery query) => WithPhone(number, phone => Acted(network.HangUpPhone(phone, CallOf(query))));

    /// <summary>The ringing phone declines the call (<c>?callId=</c> names the call); 409 when it does not ring, or names the calls to choose from.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("reject")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult Reject(string? number, [FromQuery] PhoneActionQuery query) => WithPhone(number, phone => Acted(network.RejectPhone(phone, CallOf(query))));

    /// <summary>The phone sends DTMF (<c>{"digits":"2233#"}</c>) on the call it talks on (<c>?callId=</c> names the call); 409 when it is not on a call, or names the calls to choose from.</summary>
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [HttpPost("dtmf")]
    [ProducesResponseType<EmulatorCallResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public IActionResult SendDigits(string? number, [FromBody] DigitsRequest request, [FromQuery] PhoneActionQuery query) =>
        WithPhone(number, phone => Acted(network.SendDigits(phone, request.Digits!, CallOf(query))));

    private IActionResult WithPhone(string? number, Func<PhoneAddress, IActionResult> act)
    {
        Outcome<PhoneAddress, ControlProblem> phone = phones.Find(number);
        return phone.Succeeded ? act(phone.Value) : Refuse(phone.Error);
    }

    private bool IsPhoneTerminal(PhoneAddress phone) =>
        phone.Kind == PhoneAddressKind.Extension && ExtensionNumber.TryParse(phone.Value, out ExtensionNumber number)
        && network.Directory.FindExtension(number) is { Type: ExtensionType.PhoneTerminal };

    private static CallId? CallOf(PhoneActionQuery query) => query.CallId is { } id ? new CallId(id.Trim()) : null;

    private PhoneStatusResource Status(PhoneAddress phone) => EmulatorCallMapper.ToResource(network.StatusOf(phone));

    private IActionResult Acted(Outcome<Call, NetworkError> result) =>
        result.Succeeded
            ? Ok(EmulatorCallMapper.ToResource(result.Value, time.GetUtcNow()))
            : Refuse(ControlProblem.Conflict(result.Error.Code == NetworkErrorCode.PhoneCallAmbiguous
                ? $"{result.Error.Message} Send it as ?callId=."
                : result.Error.Message));
}
