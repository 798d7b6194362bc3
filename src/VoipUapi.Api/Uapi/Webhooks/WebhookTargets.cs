using System.Net;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>Which hosts call-event requests may go to: the loopback ones always, others only as <c>Uapi:Webhooks:AllowedHosts</c> lists them.</summary>
public sealed class WebhookTargets(IOptions<WebhookOptions> options)
{
    public const string AnyHost = "*";

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string host = url.IdnHost.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address)))
        {
            return true;
        }

        return options.Value.AllowedHosts.Any(allowed => allowed == AnyHost || string.Equals(allowed.Trim(), host, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Why <paramref name="url"/> is refused, in words that say what to configure or send instead.</summary>
    public string Refusal(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        string[] allowed = options.Value.AllowedHosts;
        string listed = allowed.Length == 0 ? "none" : string.Join(", ", allowed);
        return $"the emulator sends call events only to loopback hosts (localhost, 127.0.0.1, ::1) and to the hosts of "
            + $"Uapi:Webhooks:AllowedHosts (now: {listed}), and {url.Host} is neither; send a url on one of them, or add {url.Host} to Uapi:Webhooks:AllowedHosts.";
    }
}
