using VoipUapi.Telephony.Tests.Support;

namespace VoipUapi.Telephony.Tests.Faxes;

/// <summary>A fax is a call to each recipient from the organization's fax service; each recipient's phone rules decide its outcome.</summary>
public sealed class FaxSendingTests
{
    private static readonly FaxDocument Page = new("fax.txt", 10_000, "text/plain", [.. new byte[5000]]);

    [Fact]
    public void Each_recipient_gets_a_call_and_the_fax_keeps_its_outcome_per_recipient()
    {
        using TestNetwork world = new NetworkBuilder()
            .WithPhone("0003*024", new PhoneBehaviour(PhoneBehaviourKind.Manual, TimeSpan.Zero))
            .WithOptions(options => options.FaxTransmitSeconds = 20)
            .Build();

        Fax sent = world.Network.SendFax(Order("5550002", "5550001", "0003*024", "3235742879"));
        world.Network.AnswerPhone(TestNetwork.Phone("0003*024"));
        world.AdvanceTo(3);
        world.AdvanceTo(10);
        world.Network.HangUpPhone(TestNetwork.Phone("0003*024"));
        world.AdvanceTo(30);

        sent.Deliveries.Select(d => $"{d.Recipient} {d.State}").Should().Equal("5550002 Busy", "5550001 Sending", "0003*024 Sending", "3235742879 Sending");
        Fax fax = world.Network.FindFax(sent.Id)!;
        fax.Deliveries.Select(d => $"{d.Recipient} {d.State}").Should().Equal("5550002 Busy", "5550001 NoAnswer", "0003*024 Failed", "3235742879 Sent");
        Call toPublic = world.Current(fax.Deliveries[3].CallId);
        toPublic.Kind.Should().Be(CallKind.Fax);
        toPublic.LegSummary().Should().Equal("0003*00 Source HungUp", "3235742879 Destination HungUp");
        (toPublic.Ended - toPublic.Answered).Should().Be(TimeSpan.FromSeconds(20), "the transmission lasts Telephony:FaxTransmitSeconds");
        toPublic.Extension.Should().Be(new ExtensionNumber("0003", "210"), "the sender is charged");
    }

    [Fact]
    public void The_fax_keeps_its_file_names_and_sizes_but_only_the_start_of_the_content()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.FaxContentKeptBytes = 100).Build();

        Fax sent = world.Network.SendFax(Order("0003*024"));

        FaxDocument kept = sent.Documents.Single();
        (kept.FileName, kept.Size, kept.KeptContent.Length, kept.ContentTruncated).Should().Be(("fax.txt", 10_000L, 100, true));
        sent.Uid.Should().MatchRegex("^[0-9a-f]{32}$");
    }

    [Fact]
    public void Faxes_are_numbered_kept_newest_first_within_the_capacity_and_forgotten_by_a_reset()
    {
        using TestNetwork world = new NetworkBuilder().WithOptions(options => options.FaxHistoryCapacity = 2).Build();

        world.Network.SendFax(Order("0003*024"));
        world.Network.SendFax(Order("0003*024"));
        world.Network.SendFax(Order("0003*024"));
        IReadOnlyList<int> kept = [.. world.Network.Faxes.Select(f => f.Id)];
        world.Network.Reset(idSeed: 1);

        kept.Should().Equal(3, 2);
        world.Network.Faxes.Should().BeEmpty();
        world.Network.SendFax(Order("0003*024")).Id.Should().Be(1);
    }

    private static FaxOrder Order(params string[] recipients)
    {
        NetworkSeed seed = SeedLoader.LoadDefault();
        return new FaxOrder(seed.Directory.FindExtension(new ExtensionNumber("0003", "210"))!, seed.Directory.FindOrganization(3)!,
            [.. recipients.Select(TestNetwork.Phone)], [Page], new CallerId("John Doe", "4242425"));
    }
}
