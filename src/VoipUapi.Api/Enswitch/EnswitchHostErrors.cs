using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Enswitch;

/// <summary>
/// The Enswitch envelope of what happens under <c>/api/json</c> outside a function: an unknown function (code 404),
/// a method other than GET and POST (405), a body over a limit or an unreadable request (400), and a fault (500,
/// with the correlation id the log names). The HTTP status follows <see cref="EnswitchOptions.HttpStatusFromCode"/>.
/// </summary>
public static class EnswitchHostErrors
{
    public static Task WriteAsync(HttpContext context, HostError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(error);
        string function = (context.Request.Path.Value ?? string.Empty)[EnswitchRegistration.PathPrefix.Length..].Trim('/');
        EnswitchEnvelope answer = error.Kind switch
        {
            HostErrorKind.NoRoute => EnswitchEnvelope.Failed(EnswitchCodes.NotFound,
                $"there is no function '{EnswitchInput.Shown(function)}'; send one of those docs/api-coverage.md lists, such as /api/json/conferences/create/ or /api/json/calls/active/list/."),
            HostErrorKind.MethodNotAllowed => EnswitchEnvelope.Failed(EnswitchCodes.MethodNotAllowed,
                $"{context.Request.Method} is not accepted; send GET with the parameters in the query string, or POST with them in a form body."),
            HostErrorKind.BodyTooLarge => EnswitchEnvelope.Failed(EnswitchCodes.Invalid,
                "the request body is larger than the emulator accepts; send fewer or shorter parameters (limit: Enswitch:MaxRequestBodyBytes in docs/configuration.md)."),
            HostErrorKind.UnreadableRequest => EnswitchEnvelope.Failed(EnswitchCodes.Invalid, error.Detail),
            HostErrorKind.Fault => EnswitchEnvelope.Failed(EnswitchCodes.Fault, $"the emulator failed; {error.Detail}"),
            _ => EnswitchEnvelope.Failed(error.Status, error.Detail),
        };
        return EnswitchResult.WriteAsync(context, answer);
    }
}
