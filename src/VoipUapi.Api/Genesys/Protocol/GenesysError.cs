namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>A failed request: its <c>statusCode</c> and a <c>statusMessage</c> that says what to send instead.</summary>
public sealed record GenesysError(GenesysStatus Status, string Message)
{
    public static GenesysError Missing(string parameter, string hint) => new(GenesysStatus.MissingParameter, $"{parameter} is missing; {hint}");

    public static GenesysError Invalid(string message) => new(GenesysStatus.InvalidValue, message);

    public static GenesysError NotFound(string message) => new(GenesysStatus.NotFound, message);

    public static GenesysError WrongState(string message) => new(GenesysStatus.InvalidForState, message);

    /// <summary>
    /// The HTTP status that comes with a statusCode (GWS documents none; docs/decisions/0020): 1, 2, 10 → 400,
    /// 20 → 401, 3 → 403, 6 → 404, 4 → 500.
    /// </summary>
    public int HttpStatus => Status switch
    {
        GenesysStatus.NotAuthenticated => StatusCodes.Status401Unauthorized,
        GenesysStatus.Forbidden => StatusCodes.Status403Forbidden,
        GenesysStatus.NotFound => StatusCodes.Status404NotFound,
        GenesysStatus.InternalError => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };
}
