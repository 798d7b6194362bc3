namespace VoipUapi.Api.Auth;

public enum TokenStatus
{
    Valid,
    Unknown,
    Expired,
}
