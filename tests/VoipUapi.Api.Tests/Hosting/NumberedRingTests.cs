using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Hosting;

public sealed class NumberedRingTests
{
    [Fact]
    public void A_full_ring_drops_its_oldest_and_keeps_numbering()
    {
        var ring = new NumberedRing<string>(3);

        foreach (string name in new[] { "a", "b", "c", "d", "e" })
        {
            ring.Add(number => $"{number}:{name}");
        }

        ring.Last.Should().Be(5);
        ring.Newest(10).Should().Equal("5:e", "4:d", "3:c");
        ring.Newest(2).Should().Equal("5:e", "4:d");
        ring.After(3).Should().Equal("4:d", "5:e");
        ring.After(0).Should().Equal(["3:c", "4:d", "5:e"], "the two oldest were dropped");
        ring.After(5).Should().BeEmpty();
        ring.Newest(-1).Should().BeEmpty();
    }

    [Fact]
    public void Clear_forgets_the_items_but_not_the_numbers_and_restart_forgets_both()
    {
        var ring = new NumberedRing<string>(4);
        ring.Add(number => $"{number}");
        ring.Add(number => $"{number}");

        ring.Clear();

        ring.Newest(4).Should().BeEmpty();
        ring.After(0).Should().BeEmpty();
        ring.Add(number => $"{number}").Should().Be("3");

        ring.Restart();

        ring.Last.Should().Be(0);
        ring.Newest(4).Should().BeEmpty();
        ring.Add(number => $"{number}").Should().Be("1");
    }
}
