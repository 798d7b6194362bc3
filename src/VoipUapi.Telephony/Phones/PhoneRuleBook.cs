namespace VoipUapi.Telephony.Phones;

/// <summary>
/// Decides how a phone behaves and how many lines it has: each by the first matching rule that sets it, else the
/// default. Sandboxes always answer at once.
/// </summary>
public sealed class PhoneRuleBook(IReadOnlyList<PhoneRule> rules, PhoneBehaviour fallback, int fallbackLines = 1)
{
    public int FallbackLines { get; } = fallbackLines;

    public IReadOnlyList<PhoneRule> Rules { get; } = rules;

    public PhoneBehaviour Fallback { get; } = fallback;

    public PhoneBehaviour BehaviourOf(PhoneAddress address) =>
        address.Kind == PhoneAddressKind.Sandbox
            ? PhoneBehaviour.AnswersAtOnce
            : FirstMatching(address, static rule => rule.Behaviour is not null)?.Behaviour ?? Fallback;

    public int LinesOf(PhoneAddress address) => FirstMatching(address, static rule => rule.Lines is not null)?.Lines ?? FallbackLines;

    /// <summary>A loop and a predicate that captures nothing: every leg a call rings asks, so no closure per question.</summary>
    private PhoneRule? FirstMatching(PhoneAddress address, Func<PhoneRule, bool> sets)
    {
        for (int i = 0; i < Rules.Count; i++)
        {
            if (sets(Rules[i]) && Rules[i].Matches(address))
            {
                return Rules[i];
            }
        }

        return null;
    }
}
