namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>The codes of <c>responses[].code</c> (docs/api-coverage.md lists when each is answered).</summary>
public static class EnswitchCodes
{
    public const int Ok = 200;
    public const int Validated = 201;
    public const int Done = 204;
    public const int Invalid = 400;
    public const int Unauthenticated = 401;
    public const int RoleForbids = 402;
    public const int RatePlanForbids = 403;
    public const int NotFound = 404;
    public const int MethodNotAllowed = 405;
    public const int Fault = 500;
}
