using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Uapi;

/// <summary>Vendor routes the emulator does not emulate yet: they answer the vendor's 501 <c>request_not_implemented</c>.</summary>
[Route("uapi/phoneCalls/{userId}")]
[Tags("UnifiedAPI phone calls")]
public sealed class UnimplementedPhoneCallsController(UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Not emulated yet: callback calls.</summary>
    [HttpPost("callback")]
    [ProducesResponseType<UapiErrorEnvelope>(StatusCodes.Status501NotImplemented)]
    public IActionResult Callback(string userId) => Error(UapiErrors.NotImplementedYet("POST /uapi/phoneCalls/{userId}/callback"));
}
