namespace VoipUapi.Api.Uapi.Views;

/// <summary>The vendor's PhoneCallView flow codes.</summary>
public enum CallFlow
{
    Local = 2,
    OutgoingPublic = 4,
    IncomingPublic = 8,
}
