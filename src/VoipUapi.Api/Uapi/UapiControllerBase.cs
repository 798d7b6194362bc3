using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// What every UnifiedAPI controller shares: bearer auth, validation, the envelope; and, from the UAPI's
/// <c>DialectConvention</c> (<see cref="Hosting.UapiRegistration"/>), JSON bodies of any Content-Type and query objects
/// bound from the query string.
/// </summary>
[ApiController]
[ServiceFilter<UapiBearerFilter>(IsReusable = true)]
[ValidateUapiArguments]
[Produces("application/json")]
[ProducesResponseType<UapiErrorEnvelope>(StatusCodes.Status400BadRequest)]
[ProducesResponseType<UapiErrorEnvelope>(StatusCodes.Status401Unauthorized)]
public abstract class UapiControllerBase(UapiResolver resolver) : PlainController
{
    protected UapiResolver Resolver { get; } = resolver;

    protected string BaseUrl => UapiRequestUrls.BaseOf(Request);

    /// <summary>The calling app, or null when its token outlived it (the seed no longer has it).</summary>
    protected UapiCaller? Caller => Resolver.CallerOf(HttpContext.Features.Get<IssuedToken>());

    protected static IActionResult Error(UapiError error) => new UapiErrorResult(error);

    protected static IActionResult Answer(int status, object body) => new UapiJsonResult(status, body);

    /// <summary>The vendor's answer to a create: 202 with <c>[{"id","extension","link"}]</c>, the extension as the client wrote it.</summary>
    protected IActionResult Created(Outcome<Call, UapiError> placed, string userId, ICallPayload payload)
    {
        if (!placed.Succeeded)
        {
            return Error(placed.Error);
        }

        string extension = (payload.Extension ?? payload.PhoneCallView![0].Source![0]).Trim();
        return Answer(StatusCodes.Status202Accepted, new[] { PhoneCallMapper.ToCreated(placed.Value, BaseUrl, userId, extension) });
    }

    protected static IActionResult UnknownApp() =>
        Error(UapiErrors.For(UapiErrorCodes.AccessDenied, "the app this token was issued to is not in the current seed; get a new token."));
}
