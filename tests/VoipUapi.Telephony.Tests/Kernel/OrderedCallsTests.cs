using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Tests.Kernel;

/// <summary>The sorted runs behind a busy key keep list order, totals and pages through splits, removals and merges.</summary>
public sealed class OrderedCallsTests
{
    [Fact]
    public void Random_adds_and_removes_keep_the_list_order_and_every_page_of_a_sorted_set()
    {
        var random = new Random(11);
        var expected = new SortedSet<CallOrder>();
        var calls = new OrderedCalls([]);
        for (int step = 0; step < 6_000; step++)
        {
            var call = new CallOrder(random.Next(3), new CallId($"{random.Next(2_000):x20}"));
            if (step < 2_000 || random.Next(3) > 0)
            {
                calls.Add(call);
                expected.Add(call);
            }
            else
            {
                CallOrder gone = expected.ElementAt(random.Next(expected.Count));
                calls.Remove(gone).Should().Be(expected.Count - 1);
                expected.Remove(gone);
            }
        }

        calls.ToArray().Should().Equal(expected, "the runs read in turn are the list in order, each call once");
        foreach ((int start, int count) in new[] { (0, 5), (63, 3), (64, 70), (expected.Count - 2, 10), (expected.Count, 5), (0, 0) })
        {
            (CallOrder[] page, int total) = calls.Page(start, count, descending: false);
            page.Should().Equal(expected.Skip(start).Take(count));
            total.Should().Be(expected.Count);
            calls.Page(start, count, descending: true).Page.Should().Equal(expected.Reverse().Skip(start).Take(count));
        }
    }

    [Fact]
    public void Removing_every_call_leaves_none_and_a_call_added_twice_counts_once()
    {
        CallOrder[] all = [.. Enumerable.Range(0, 200).Select(i => new CallOrder(0, new CallId($"{i:x20}")))];
        var calls = new OrderedCalls(all.Reverse());
        calls.Add(all[7]);

        all.Select(calls.Remove).Should().Equal(Enumerable.Range(0, 200).Select(i => 199 - i));
        calls.ToArray().Should().BeEmpty();
        calls.Page(0, 10, descending: true).Page.Should().BeEmpty();
        calls.Remove(all[0]).Should().Be(0);
    }
}
