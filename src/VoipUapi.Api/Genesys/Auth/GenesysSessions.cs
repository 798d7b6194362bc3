using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.Auth;

/// <summary>
/// The open HTTP sessions, by <c>JSESSIONID</c>. A session lasts until the emulator stops (a reset keeps it, as it
/// keeps bearer tokens) or until <see cref="GenesysOptions.MaxSessions"/> newer ones were opened: a client that sends
/// Basic without the cookie opens one per request, and memory stays bounded.
/// </summary>
public sealed class GenesysSessions(IOptions<GenesysOptions> options) : IRestartWithEmulator
{
    private readonly ConcurrentDictionary<string, GenesysSession> _sessions = new(StringComparer.Ordinal);
    private readonly Queue<string> _openOrder = new();
    private readonly Lock _opening = new();

    public GenesysSession Open(string agentUserName)
    {
        var session = new GenesysSession(RandomHex(16), agentUserName, Guid.NewGuid().ToString());
        lock (_opening)
        {
            while (_openOrder.Count >= options.Value.MaxSessions)
            {
                _sessions.TryRemove(_openOrder.Dequeue(), out _);
            }

            _sessions[session.Id] = session;
            _openOrder.Enqueue(session.Id);
        }

        return session;
    }

    public GenesysSession? Find(string id) => _sessions.GetValueOrDefault(id);

    public void Restart()
    {
        lock (_opening)
        {
            _sessions.Clear();
            _openOrder.Clear();
        }
    }

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes));
}
