namespace VoipUapi.Telephony.Phones;

/// <summary>How each phone behaves and how many lines it has: the seed's rules, and what was set at run time on top.</summary>
internal sealed class PhoneBehaviours(PhoneRuleBook rules)
{
    private readonly Dictionary<string, PhoneBehaviour> _overrides = new(StringComparer.Ordinal);

    public PhoneBehaviour Of(PhoneAddress phone) => _overrides.TryGetValue(phone.Value, out PhoneBehaviour? overridden) ? overridden : rules.BehaviourOf(phone);

    public int LinesOf(PhoneAddress phone) => rules.LinesOf(phone);

    public bool IsOverridden(PhoneAddress phone) => _overrides.ContainsKey(phone.Value);

    public void Override(PhoneAddress phone, PhoneBehaviour behaviour) => _overrides[phone.Value] = behaviour;

    public bool Restore(PhoneAddress phone) => _overrides.Remove(phone.Value);

    public void Clear() => _overrides.Clear();
}
