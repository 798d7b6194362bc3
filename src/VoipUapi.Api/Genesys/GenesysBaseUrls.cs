using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Genesys.Agents;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys;

/// <summary>
/// The scheme, host and port call and device URIs start with: a request's own, and for a notification the agent's
/// last request's, else <see cref="GenesysOptions.BaseUrl"/>, else <c>http://localhost</c>.
/// </summary>
public sealed class GenesysBaseUrls(IOptions<GenesysOptions> options) : IRestartWithEmulator
{
    private readonly ConcurrentDictionary<string, string> _lastSeen = new(StringComparer.OrdinalIgnoreCase);

    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    public void Saw(GenesysAgent agent, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(agent);
        _lastSeen[agent.UserName] = Of(request);
    }

    public void Restart() => _lastSeen.Clear();

    public string For(GenesysAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return _lastSeen.TryGetValue(agent.UserName, out string? seen) ? seen : (options.Value.BaseUrl?.TrimEnd('/') ?? "http://localhost");
    }
}
