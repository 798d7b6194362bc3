namespace VoipUapi.Telephony.Phones;

/// <summary>
/// How each phone behaves and how many lines it has: the seed's rules, and what was set at run time on top. A phone
/// that is not registered cannot be reached, whatever its behaviour; every phone starts registered.
/// </summary>
internal sealed class PhoneBehaviours(PhoneRuleBook rules)
{
    private readonly Dictionary<string, PhoneBehaviour> _overrides = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unregistered = new(StringComparer.Ordinal);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);

    public PhoneBehaviour Of(PhoneAddress phone) =>
        _unregistered.Contains(phone.Value) ? PhoneBehaviour.NotRegistered
        : _services.Contains(phone.Value) ? PhoneBehaviour.AnswersAtOnce
        : _overrides.TryGetValue(phone.Value, out PhoneBehaviour? overridden) ? overridden
        : rules.BehaviourOf(phone);

    public bool IsRegistered(PhoneAddress phone) => !_unregistered.Contains(phone.Value);

    /// <summary>Registers or unregisters the phone; false when it already was as asked.</summary>
    public bool SetRegistered(PhoneAddress phone, bool registered) => registered ? _unregistered.Remove(phone.Value) : _unregistered.Add(phone.Value);

    public int LinesOf(PhoneAddress phone) => _services.Contains(phone.Value) ? int.MaxValue : rules.LinesOf(phone);

    /// <summary>Makes <paramref name="number"/> a service rather than a phone (a Queue extension): it answers every call at once, on as many lines as there are callers.</summary>
    public void AddService(PhoneAddress number) => _services.Add(number.Value);

    public bool IsOverridden(PhoneAddress phone) => _overrides.ContainsKey(phone.Value);

    public void Override(PhoneAddress phone, PhoneBehaviour behaviour) => _overrides[phone.Value] = behaviour;

    public bool Restore(PhoneAddress phone) => _overrides.Remove(phone.Value);

    public void Clear()
    {
        _overrides.Clear();
        _unregistered.Clear();
    }
}
