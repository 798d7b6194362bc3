using VoipUapi.Api.Hosting;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Hosting;

/// <summary>The UnifiedAPI envelope of the errors outside any controller under <c>/uapi</c>.</summary>
public static class UapiHostErrors
{
    public const string Prefix = "/uapi";

    public static Task WriteAsync(HttpContext context, HostError error)
    {
        UapiError uapi = ErrorOf(error);
        return UapiJsonResult.WriteAsync(context, uapi.Status, UapiErrorEnvelope.From(uapi));
    }

    /// <summary>The vendor's code for <paramref name="error"/>, its wording, and the neutral detail (the body limit named).</summary>
    public static UapiError ErrorOf(HostError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        (string code, string detail) = error.Kind switch
        {
            HostErrorKind.NoRoute => (NotFound, error.Detail),
            HostErrorKind.MethodNotAllowed => (MethodNotAllowed, error.Detail),
            HostErrorKind.BodyTooLarge => (RequestTooLarge,
                "the request body is larger than the emulator accepts; send a smaller body (limit: Uapi:MaxRequestBodyBytes in docs/configuration.md)."),
            HostErrorKind.Fault => (Internal, error.Detail),
            _ => (RequestInvalid, error.Detail),
        };
        return UapiErrors.For(code, detail) with { Status = error.Status };
    }
}
