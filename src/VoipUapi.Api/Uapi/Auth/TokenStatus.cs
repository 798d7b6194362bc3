namespace VoipUapi.Api.Uapi.Auth;

public enum TokenStatus
{
    Valid,
    Unknown,
    Expired,
}
