using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Phones;

/// <summary>
/// The lines of every phone: a phone rings or talks on as many calls at once as it has lines (the seed's phone
/// rules), and a call meets a busy phone when all of them are in use. Sandboxes have no limit and are never in use.
/// A seeded call takes a line whatever the limit (the seed describes what is, not what may be). Under the lock.
/// </summary>
internal sealed class PhoneLines(PhoneBehaviours behaviours) : ILiveCallState
{
    private readonly Dictionary<string, LinesInUse> _inUse = new(StringComparer.Ordinal);

    public bool HasFreeLine(PhoneAddress phone) =>
        phone.Kind == PhoneAddressKind.Sandbox || CountInUse(phone.Value) < behaviours.LinesOf(phone);

    /// <summary>How many lines of <paramref name="phone"/> are in use.</summary>
    public int CountInUse(string phone) => _inUse.TryGetValue(phone, out LinesInUse lines) ? lines.Count : 0;

    /// <summary>The lines of <paramref name="phone"/> in use, in the order the calls took them.</summary>
    public IReadOnlyList<LineUse> InUse(string phone) => _inUse.TryGetValue(phone, out LinesInUse lines) ? lines.ToArray() : [];

    public void Take(PhoneAddress phone, CallId call, int leg)
    {
        if (phone.Kind != PhoneAddressKind.Sandbox)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_inUse, phone.Value, out _).Add(new LineUse(call, leg));
        }
    }

    public void Release(PhoneAddress phone, CallId call, int leg)
    {
        ref LinesInUse lines = ref CollectionsMarshal.GetValueRefOrNullRef(_inUse, phone.Value);
        if (!Unsafe.IsNullRef(ref lines) && lines.Remove(new LineUse(call, leg)) && lines.Count == 0)
        {
            _inUse.Remove(phone.Value);
        }
    }

    public void ForgetAll() => _inUse.Clear();
}
