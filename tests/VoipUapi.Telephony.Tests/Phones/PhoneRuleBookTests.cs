namespace VoipUapi.Telephony.Tests.Phones;

public sealed class PhoneRuleBookTests
{
    private static readonly PhoneBehaviour Fallback = new(PhoneBehaviourKind.Answer, TimeSpan.FromSeconds(3));
    private static readonly PhoneBehaviour Busy = new(PhoneBehaviourKind.Busy, TimeSpan.Zero);
    private static readonly PhoneBehaviour Rejects = new(PhoneBehaviourKind.Reject, TimeSpan.Zero);

    [Fact]
    public void The_first_matching_rule_decides()
    {
        var book = new PhoneRuleBook(
            [new PhoneRule("5350002", null, null, Rejects), new PhoneRule(null, "0002", null, Busy)],
            Fallback);

        book.BehaviourOf(PhoneAddress.ForPublic("5350002")).Should().Be(Rejects);
        book.BehaviourOf(PhoneAddress.ForPublic("9990002")).Should().Be(Busy);
    }

    [Fact]
    public void A_phone_no_rule_matches_gets_the_fallback()
    {
        var book = new PhoneRuleBook([new PhoneRule(null, "0002", null, Busy)], Fallback);

        book.BehaviourOf(PhoneAddress.ForPublic("5354353")).Should().Be(Fallback);
    }

    [Fact]
    public void Every_criterion_set_on_a_rule_must_match()
    {
        var book = new PhoneRuleBook([new PhoneRule(null, "0002", PhoneAddressKind.Public, Busy)], Fallback);

        book.BehaviourOf(PhoneAddress.ForPublic("5350002")).Should().Be(Busy);
        book.BehaviourOf(PhoneAddress.ForExtension(new ExtensionNumber("0003", "10002"))).Should().Be(Fallback);
    }

    [Fact]
    public void A_sandbox_always_answers_at_once_whatever_the_rules_say()
    {
        var book = new PhoneRuleBook([new PhoneRule("0003*00", null, null, Busy), new PhoneRule(null, null, null, Busy)], Fallback);

        PhoneBehaviour behaviour = book.BehaviourOf(PhoneAddress.ForSandbox(new ExtensionNumber("0003", "00")));

        behaviour.Should().Be(PhoneBehaviour.AnswersAtOnce);
        behaviour.AnswersImmediately.Should().BeTrue();
    }

    [Theory]
    [InlineData(PhoneBehaviourKind.Answer, 0, true)]
    [InlineData(PhoneBehaviourKind.Answer, 1, false)]
    [InlineData(PhoneBehaviourKind.Manual, 0, false)]
    [InlineData(PhoneBehaviourKind.NoAnswer, 0, false)]
    public void Only_a_phone_that_answers_after_no_time_answers_immediately(PhoneBehaviourKind kind, int seconds, bool immediately)
    {
        new PhoneBehaviour(kind, TimeSpan.FromSeconds(seconds)).AnswersImmediately.Should().Be(immediately);
    }
}
