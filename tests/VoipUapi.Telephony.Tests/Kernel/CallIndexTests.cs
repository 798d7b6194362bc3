using VoipUapi.Telephony.Tests.Support;
using static VoipUapi.Telephony.Tests.Support.TestTime;

namespace VoipUapi.Telephony.Tests.Kernel;

/// <summary>
/// The indexes behind the reads of one number, owner or organization: a read costs the calls under its key, however
/// many others are live. These tests count entries, never time.
/// </summary>
public sealed class CallIndexTests
{
    private const int OtherCalls = 3_000;

    [Fact]
    public void Reading_one_number_visits_only_its_calls_with_thousands_of_others_live()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.NeverAnswers).Build();
        PlaceOthers(world);
        Call first = world.Place(["0003*024"], ["0003*00"]);
        Call second = world.Place(["0003*024"], ["5353535"]);

        world.Network.LiveCalls.Count.Should().BeGreaterThan(OtherCalls / 2, "thousands of other calls ring (the seed makes some public numbers busy)");
        world.Network.Indexes.ByNumber.Of("0003*024").Select(entry => entry.Id).Should().BeEquivalentTo([first.Id, second.Id], "the index holds the number's calls and nothing else");
        world.Network.LiveCallsOf("0003*024").Select(call => call.Id).Should().BeEquivalentTo([first.Id, second.Id]);
        world.Network.LiveCallsOf("0003*024").Should().OnlyContain(call => call.Involves("0003*024"));
        world.Network.LiveCallsOf("5353535").Should().BeEmpty("the destination has not rung yet: a call involves the phones it rang");
    }

    [Fact]
    public void A_page_of_a_number_with_thousands_of_calls_is_read_in_list_order_from_the_index()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        PlaceOthers(world);
        world.AdvanceTo(1.5);
        Call later = world.Place(["5354355"], ["0003*00"]);
        List<CallId> inOrder = [.. world.Network.LiveCalls.OrderBy(call => call.Published).ThenBy(call => call.Id.Value, StringComparer.Ordinal).Select(call => call.Id)];

        (IReadOnlyList<Call> page, int total) = world.Network.LiveCallPageOf("0003*210", start: 10, count: 5, descending: false);
        (IReadOnlyList<Call> last, _) = world.Network.LiveCallPageOf("0003*210", start: 0, count: 3, descending: true);

        total.Should().Be(inOrder.Count);
        page.Select(call => call.Id).Should().Equal(inOrder.Skip(10).Take(5));
        last.Select(call => call.Id).Should().Equal(inOrder.AsEnumerable().Reverse().Take(3));
        last[0].Id.Should().Be(later.Id, "the call published a second later comes last in list order");
        world.Network.LiveCallPageOf("0003*210", start: total, count: 5, descending: false).Page.Should().BeEmpty();
    }

    [Fact]
    public void A_call_is_under_the_charged_extension_and_every_phone_it_rang_until_it_ends()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*024", Behaves.AnswersAfter(1)).WithPhone("5353535", Behaves.AnswersAfter(1)).Build();
        Call call = world.Place(["0003*024"], ["5353535"], duration: Seconds(10));

        world.Network.LiveCallsOf("0003*210").Select(c => c.Id).Should().Equal(call.Id);
        world.Network.LiveCallsOf("5353535").Should().BeEmpty();
        world.AdvanceTo(1);
        world.Network.LiveCallsOf("5353535").Select(c => c.Id).Should().Equal(call.Id);
        world.Network.LiveCallsOf("5353535").Single().Should().BeSameAs(world.Network.FindLiveCall(call.Id), "the index leads to the current snapshot");

        world.AdvanceTo(20);

        world.Network.LiveCalls.Should().BeEmpty();
        world.Network.LiveCallsOf("0003*210").Should().BeEmpty();
        world.Network.LiveCallsOf("0003*024").Should().BeEmpty();
        world.Network.Indexes.ByNumber.KeyCount.Should().Be(0, "an ended call leaves every index, and empty keys go");
        world.Network.Indexes.ByOwner.KeyCount.Should().Be(0);
        world.Network.Indexes.ByOrganization.KeyCount.Should().Be(0);
    }

    [Fact]
    public void A_picked_up_call_is_found_under_the_phone_that_took_it()
    {
        using TestNetwork world = new NetworkBuilder().WithPhone("0003*210", Behaves.NeverAnswers).WithPhone("0003*024", Behaves.NeverAnswers).Build();
        Call placed = world.Network.PlaceInboundCall(new InboundCallOrder(
            "3334444",
            world.Network.Directory.FindExtension(TestNetwork.ChargedExtension)!,
            world.Network.Directory.FindOrganization(3)!,
            new CallerId(string.Empty, "3334444"))).Value!;
        world.Network.LiveCallsOf("0003*024").Should().BeEmpty();

        world.Network.PickUp(new PickUpOrder(placed.Id, TestNetwork.Phone("0003*210"), TestNetwork.Phone("0003*024"), null, Seconds(20))).Succeeded.Should().BeTrue();

        world.Network.LiveCallsOf("0003*024").Select(c => c.Id).Should().Equal(placed.Id);
        world.Network.LiveCallsOf("3334444").Select(c => c.Id).Should().Equal(placed.Id);
    }

    [Fact]
    public void Owner_and_organization_reads_return_only_their_calls()
    {
        using TestNetwork world = new NetworkBuilder().Build();
        PlaceOthers(world);
        Organization second = world.Network.Directory.FindOrganization(4)!;
        Call maxs = world.Network.PlaceSimpleCall(world.Order(["4930123456"], ["0004*00"]) with
        {
            Extension = new ExtensionNumber("0004", "210"),
            OwnerUserId = 20,
            Organization = second,
        }).Value!;

        world.Network.Indexes.ByOwner.Of(20).Select(entry => entry.Id).Should().Equal(maxs.Id);
        world.Network.LiveCallsOwnedBy(20).Select(c => c.Id).Should().Equal(maxs.Id);
        world.Network.LiveCallsInvolving("0004").Select(c => c.Id).Should().Equal(maxs.Id);
        Call ringingMax = world.Place(["5354355"], ["0004*210"]);
        world.Network.LiveCallsInvolving("0004").Select(c => c.Id).Should().BeEquivalentTo([maxs.Id, ringingMax.Id], "a call of organization 3 that is to ring 0004*210 involves organization 4");
        world.Network.LiveCallsOwnedBy(12).Should().HaveCount(world.Network.LiveCalls.Count - 1);
        world.Network.LiveCallsInvolving("0003").Should().HaveCount(world.Network.LiveCalls.Count - 1);
        world.Network.LiveCallsOwnedBy(13).Should().BeEmpty();
    }

    [Fact]
    public void A_reset_empties_the_indexes_and_indexes_the_seeded_calls_again()
    {
        using TestNetwork world = new NetworkBuilder().WithSeedCalls().Build();
        PlaceOthers(world);

        world.Network.Reset(idSeed: 7);

        world.Network.LiveCallsOf("0003*210").Select(c => c.Id.Value).Should().BeEquivalentTo(["b817d2618fe6f1804db1", "b817d2618fe6f1804333"]);
        world.Network.Indexes.ByNumber.Of("49000000001").Should().BeEmpty();
        world.Network.LiveCallsOwnedBy(12).Select(c => c.Id.Value).Should().Equal("b817d2618fe6f1804db1");
    }

    /// <summary>Calls that keep ringing on the frozen clock, each from a public number of its own to the sandbox.</summary>
    private static void PlaceOthers(TestNetwork world)
    {
        for (int i = 1; i <= OtherCalls; i++)
        {
            world.TryPlace([$"49{i:D9}"], ["0003*00"]).Succeeded.Should().BeTrue();
        }
    }
}
