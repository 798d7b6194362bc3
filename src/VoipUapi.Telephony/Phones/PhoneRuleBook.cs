namespace VoipUapi.Telephony.Phones;

/// <summary>
/// Decides how a phone behaves and how many lines it has: the first matching rule, else the default. Sandboxes always
/// answer at once.
/// </summary>
public sealed class PhoneRuleBook(IReadOnlyList<PhoneRule> rules, PhoneBehaviour fallback, int fallbackLines = 1)
{
    public int FallbackLines { get; } = fallbackLines;

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

    public int LinesOf(PhoneAddress address) => Rules.FirstOrDefault(rule => rule.Matches(address))?.Lines ?? FallbackLines;
}
