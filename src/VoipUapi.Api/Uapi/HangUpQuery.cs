using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <remarks>An empty value (<c>?x=</c>) stays empty, so that it is refused rather than taken for the default.</remarks>
public sealed class HangUpQuery
{
    /// <summary>Disconnect only this party (and the extension) instead of the whole call.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? PhoneNumber { get; set; }
}
