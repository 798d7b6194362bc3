using System.Globalization;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Genesys.Calls;

/// <summary>
/// The Genesys ids of engine calls, given the first time Genesys shows a call and stable after: the seed's
/// <c>dialects.genesys.calls</c> names some, every other takes the next number of a counter, written as T-Server does
/// (<c>01RCC3N118B1V0SL8O7GK2LAES000009</c>, connId <c>0071027198180009</c>). Thread-safe. A reset gives back the
/// seed's and starts the counter again, as the engine starts its call ids again.
/// </summary>
public sealed class GenesysCallIds : IResetWithEmulator
{
    public const string IdPrefix = "01RCC3N118B1V0SL8O7GK2LAES";
    public const string ConnIdPrefix = "007102719818";

    private const string Base32 = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    private readonly Lock _gate = new();
    private readonly Dictionary<CallId, GenesysCallIdentity> _byCall = [];
    private readonly Dictionary<string, CallId> _byId = new(StringComparer.Ordinal);
    private readonly (CallId Call, GenesysCallIdentity Identity)[] _seeded;
    private long _counter;

    public GenesysCallIds(IEnumerable<(CallId Call, GenesysCallIdentity Identity)> seeded)
    {
        _seeded = [.. seeded];
        Reset();
    }

    public void Reset()
    {
        lock (_gate)
        {
            _byCall.Clear();
            _byId.Clear();
            foreach ((CallId call, GenesysCallIdentity identity) in _seeded)
            {
                _byCall[call] = identity;
                _byId[identity.Id] = call;
            }

            _counter = _byCall.Count;
        }
    }

    public GenesysCallIdentity Of(CallId call)
    {
        lock (_gate)
        {
            if (_byCall.TryGetValue(call, out GenesysCallIdentity? known))
            {
                return known;
            }

            GenesysCallIdentity identity;
            do
            {
                _counter++;
                identity = new GenesysCallIdentity(IdPrefix + InBase32(_counter), ConnIdPrefix + (_counter % 10000).ToString("D4", CultureInfo.InvariantCulture));
            }
            while (_byId.ContainsKey(identity.Id));

            _byCall[call] = identity;
            _byId[identity.Id] = call;
            return identity;
        }
    }

    /// <summary>The engine call a Genesys id names, if Genesys ever showed it.</summary>
    public CallId? CallOf(string id)
    {
        lock (_gate)
        {
            return _byId.TryGetValue(id, out CallId call) ? call : null;
        }
    }

    private static string InBase32(long value)
    {
        Span<char> digits = stackalloc char[6];
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = Base32[(int)(value % 32)];
            value /= 32;
        }

        return new string(digits);
    }
}
