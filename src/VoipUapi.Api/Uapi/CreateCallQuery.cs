namespace VoipUapi.Api.Uapi;

/// <summary>The query parameters of a call-creating request, as sent: the validator checks and reads them.</summary>
public sealed class CreateCallQuery : IUapiQuery, ICallTimingQuery
{
    /// <summary>Seconds to wait for an answer at each ringing stage (default 25).</summary>
    public string? WaitForPickup { get; set; }

    /// <summary>Seconds the call lasts once connected (default from configuration).</summary>
    public string? CallDuration { get; set; }

    /// <summary><c>true</c> or <c>false</c> (default false): whether a Transfer may send the call to a public number.</summary>
    public string? AllowPublicTransfer { get; set; }

    /// <summary><c>true</c> or <c>false</c> (default false); recorded, not acted on.</summary>
    public string? Video { get; set; }
}
