using System.Collections.Concurrent;
using System.Security.Cryptography;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Genesys.Auth;

/// <summary>The open HTTP sessions, by <c>JSESSIONID</c>. A session lasts until the emulator stops (a reset keeps it, as it keeps bearer tokens).</summary>
public sealed class GenesysSessions : IRestartWithEmulator
{
    private readonly ConcurrentDictionary<string, GenesysSession> _sessions = new(StringComparer.Ordinal);

    public GenesysSession Open(string agentUserName)
    {
        var session = new GenesysSession(RandomHex(16), agentUserName, Guid.NewGuid().ToString());
        _sessions[session.Id] = session;
        return session;
    }

    public GenesysSession? Find(string id) => _sessions.GetValueOrDefault(id);

    public void Restart() => _sessions.Clear();

    private static string RandomHex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes));
}
