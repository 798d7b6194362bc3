using VoipUapi.Telephony.Phones;

namespace VoipUapi.Telephony.Tests.Phones;

/// <summary>A phone's lines in use keep the order the calls took them, whichever line is given back.</summary>
public sealed class LinesInUseTests
{
    private static readonly LineUse First = new(new CallId("call-1"), 0);
    private static readonly LineUse Second = new(new CallId("call-2"), 1);
    private static readonly LineUse Third = new(new CallId("call-3"), 1);

    [Fact]
    public void Giving_back_the_first_line_leaves_the_others_in_the_order_they_were_taken()
    {
        var lines = new LinesInUse();
        lines.Add(First);
        lines.Add(Second);
        lines.Add(Third);

        lines.Remove(First).Should().BeTrue();

        lines.Count.Should().Be(2);
        lines.ToArray().Should().Equal(Second, Third);
    }

    [Fact]
    public void Giving_back_a_later_line_keeps_the_first_and_a_line_not_in_use_changes_nothing()
    {
        var lines = new LinesInUse();
        lines.Add(First);
        lines.Add(Second);

        lines.Remove(Second).Should().BeTrue();
        lines.Remove(Third).Should().BeFalse();
        lines.Remove(Second).Should().BeFalse("it was given back already");

        lines.Count.Should().Be(1);
        lines.ToArray().Should().Equal(First);
    }

    [Fact]
    public void The_last_line_given_back_leaves_none_in_use_and_the_next_taken_is_first()
    {
        var lines = new LinesInUse();
        lines.Add(First);
        lines.Remove(First).Should().BeTrue();
        lines.Remove(First).Should().BeFalse();

        lines.Add(Third);

        lines.Count.Should().Be(1);
        lines.ToArray().Should().Equal(Third);
    }
}
