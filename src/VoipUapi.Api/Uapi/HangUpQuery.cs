namespace VoipUapi.Api.Uapi;

public sealed class HangUpQuery : IUapiQuery
{
    /// <summary>Disconnect only this party (and the extension) instead of the whole call.</summary>
    public string? PhoneNumber { get; set; }
}
