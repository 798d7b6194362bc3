using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>Bound from <c>Uapi:Webhooks</c>: where call-event requests may go, how long they wait, how they retry, what is kept.</summary>
public sealed class WebhookOptions
{
    public const string Section = UapiOptions.Section + ":Webhooks";

    /// <summary>
    /// Host names (or IP addresses) a PhoneCallEvent's <c>url</c> may name besides the loopback ones (<c>localhost</c>,
    /// <c>127.0.0.0/8</c>, <c>::1</c>), which are always allowed; <c>*</c> allows every host.
    /// </summary>
    public string[] AllowedHosts { get; set; } = [];

    /// <summary>How long one request to a subscriber may take before it counts as failed.</summary>
    [Range(0.1, 300)]
    public double TimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// The waits, on the emulator's clock, before each retry of a failed request (<c>RetryDelaysSeconds:0</c>,
    /// <c>:1</c>...); when none is configured, <see cref="DefaultRetryDelaysSeconds"/>. Left null here, because the
    /// configuration binder adds configured items to an array's initial ones rather than replacing them.
    /// </summary>
    public double[]? RetryDelaysSeconds { get; set; }

    public static IReadOnlyList<double> DefaultRetryDelaysSeconds { get; } = [5, 30, 120];

    /// <summary>The retry waits in effect.</summary>
    public IReadOnlyList<double> RetryDelays => RetryDelaysSeconds ?? DefaultRetryDelaysSeconds;

    /// <summary>How many delivery attempts <c>GET /emulator/webhooks/deliveries</c> keeps; older ones are dropped.</summary>
    [Range(1, 100_000)]
    public int DeliveryLogCapacity { get; set; } = 500;

    /// <summary>How many PhoneCallEvents the emulator keeps in all; a create beyond is refused.</summary>
    [Range(1, 100_000)]
    public int MaxSubscriptions { get; set; } = 1000;
}
