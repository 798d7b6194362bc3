using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Bound from the <c>Genesys:CometD</c> configuration section (docs/configuration.md); every span is on the emulator's clock.</summary>
public sealed class CometDOptions
{
    public const string Section = "Genesys:CometD";

    /// <summary>How long a <c>/meta/connect</c> is held while no message is queued for its client (the <c>timeout</c> advice).</summary>
    [Range(1, 600)]
    public int ConnectTimeoutSeconds { get; set; } = 30;

    /// <summary>How long a client may go without a <c>/meta/connect</c> in progress before it is dropped.</summary>
    [Range(1, 3600)]
    public int ClientTimeoutSeconds { get; set; } = 60;

    /// <summary>Messages queued for one client at most; one more drops the client (decision 0021).</summary>
    [Range(1, 1_000_000)]
    public int MaxQueuedMessages { get; set; } = 1000;
}
