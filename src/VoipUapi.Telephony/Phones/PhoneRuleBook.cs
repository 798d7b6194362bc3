namespace VoipUapi.Telephony.Phones;

/// <summary>Decides how a phone behaves: the first matching rule, else the default. Sandboxes always answer at once.</summary>
public sealed class PhoneRuleBook(IReadOnlyList<PhoneRule> rules, PhoneBehaviour fallback)
{
    public IReadOnlyList<PhoneRule> Rules { get; } = rules;

    public PhoneBehaviour Fallback { get; } = fallback;

    public PhoneBehaviour BehaviourOf(PhoneAddress address)
    {
        if (address.Kind == PhoneAddressKind.Sandbox)
        {
            return PhoneBehaviour.AnswersAtOnce;
        }

        foreach (PhoneRule rule in Rules)
        {
            if (rule.Matches(address))
            {
                return rule.Behaviour;
            }
        }

        return Fallback;
    }
}
