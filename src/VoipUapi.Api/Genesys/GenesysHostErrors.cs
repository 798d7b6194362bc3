using VoipUapi.Api.Genesys.Protocol;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys;

/// <summary>
/// The <c>{"statusCode":…}</c> envelope of what happens under <c>/api/v2</c> outside an operation: an unknown resource
/// (6), a method the resource does not take, an unreadable or too large request (10), a fault (4).
/// </summary>
public static class GenesysHostErrors
{
    public static Task WriteAsync(HttpContext context, HostError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        GenesysError answer = error.Kind switch
        {
            HostErrorKind.NoRoute => GenesysError.NotFound(
                $"there is no resource {context.Request.Path}; send one of those docs/api-coverage.md lists, such as /api/v2/me or /api/v2/me/calls."),
            HostErrorKind.MethodNotAllowed => GenesysError.Invalid(
                $"{context.Request.Method} is not accepted on {context.Request.Path}; read resources with GET and send operations with POST and a JSON body."),
            HostErrorKind.BodyTooLarge => GenesysError.Invalid(
                "the request body is larger than the emulator accepts; send a smaller JSON body (limit: Genesys:MaxRequestBodyBytes in docs/configuration.md)."),
            HostErrorKind.Fault => new GenesysError(GenesysStatus.InternalError, $"the emulator failed; {error.Detail}"),
            _ => GenesysError.Invalid(error.Detail),
        };
        return GenesysAnswer.Failed(answer).WriteAsync(context, context.Response.StatusCode);
    }
}
