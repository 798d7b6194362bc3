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
            : Rules.FirstOrDefault(rule => rule.Behaviour is not null && rule.Matches(address))?.Behaviour ?? Fallback;

    public int LinesOf(PhoneAddress address) => Rules.FirstOrDefault(rule => rule.Lines is not null && rule.Matches(address))?.Lines ?? FallbackLines;
}
