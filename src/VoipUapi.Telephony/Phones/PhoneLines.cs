using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Phones;

/// <summary>
/// The lines of every phone: a phone rings or talks on as many calls at once as it has lines (the seed's phone
/// rules), and a call meets a busy phone when all of them are in use. Sandboxes have no limit and are never in use.
/// A seeded call takes a line whatever the limit (the seed describes what is, not what may be). Under the lock.
/// </summary>
internal sealed class PhoneLines(PhoneBehaviours behaviours) : ILiveCallState
{
    private readonly Dictionary<string, List<LineUse>> _inUse = new(StringComparer.Ordinal);

    public bool HasFreeLine(PhoneAddress phone) =>
        phone.Kind == PhoneAddressKind.Sandbox || InUse(phone.Value).Count < behaviours.LinesOf(phone);

    /// <summary>The lines of <paramref name="phone"/> in use, in the order the calls took them.</summary>
    public IReadOnlyList<LineUse> InUse(string phone) => _inUse.TryGetValue(phone, out List<LineUse>? lines) ? lines : [];

    public void Take(PhoneAddress phone, CallId call, int leg)
    {
        if (phone.Kind == PhoneAddressKind.Sandbox)
        {
            return;
        }

        if (!_inUse.TryGetValue(phone.Value, out List<LineUse>? lines))
        {
            lines = [];
            _inUse[phone.Value] = lines;
        }

        lines.Add(new LineUse(call, leg));
    }

    public void Release(PhoneAddress phone, CallId call, int leg)
    {
        if (_inUse.TryGetValue(phone.Value, out List<LineUse>? lines) && lines.Remove(new LineUse(call, leg)) && lines.Count == 0)
        {
            _inUse.Remove(phone.Value);
        }
    }

    public void ForgetAll() => _inUse.Clear();
}
