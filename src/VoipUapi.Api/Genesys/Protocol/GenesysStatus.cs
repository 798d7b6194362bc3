namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>The <c>statusCode</c> values of GWS's Return Values page that the emulator answers.</summary>
public enum GenesysStatus
{
    Ok = 0,
    MissingParameter = 1,
    InvalidForState = 2,
    Forbidden = 3,
    InternalError = 4,
    NotFound = 6,
    InvalidValue = 10,
    NotAuthenticated = 20,
}
