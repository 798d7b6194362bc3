using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <summary>The query parameters of a call-creating request, as sent: the validator checks and reads them.</summary>
/// <remarks>An empty value (<c>?x=</c>) stays empty, so that it is refused rather than taken for the default.</remarks>
public sealed class CreateCallQuery : ICallTimingQuery
{
    /// <summary>Seconds to wait for an answer at each ringing stage (default 25).</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? WaitForPickup { get; set; }

    /// <summary>Seconds the call lasts once connected (default from configuration).</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? CallDuration { get; set; }

    /// <summary><c>true</c> or <c>false</c> (default false); recorded, not acted on.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? AllowPublicTransfer { get; set; }

    /// <summary><c>true</c> or <c>false</c> (default false); recorded, not acted on.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Video { get; set; }
}
