namespace VoipUapi.Telephony.Tests.Seeding;

public sealed class DefaultSeedTests
{
    private readonly NetworkSeed _seed = SeedLoader.LoadDefault();

    [Fact]
    public void Default_seed_has_the_two_organizations_of_the_examples()
    {
        _seed.Directory.Organizations.OrderBy(o => o.Id).Should().Equal(
            new Organization(3, "0003", "Default Organization"),
            new Organization(4, "0004", "Second Organization"));
        _seed.Directory.FindOrganizationByCode("0003")!.Id.Should().Be(3);
    }

    [Fact]
    public void Default_seed_has_users_12_13_and_20_and_the_genesys_agents_30_31_and_party_32()
    {
        _seed.Directory.Users.OrderBy(u => u.Id).Should().Equal(
            new User(12, 3, "John Doe", CanSetCallerId: true),
            new User(13, 3, "Jane Roe", CanSetCallerId: false),
            new User(20, 4, "Max Mustermann", CanSetCallerId: true),
            new User(30, 3, "Agent One", CanSetCallerId: true),
            new User(31, 3, "Agent Two", CanSetCallerId: true),
            new User(32, 3, "Party Three", CanSetCallerId: true));
    }

    [Fact]
    public void Default_seed_has_the_extensions_of_the_examples()
    {
        _seed.Directory.Extensions.OrderBy(e => e.Number.ToString(), StringComparer.Ordinal)
            .Select(e => $"{e.Number} {e.Type} owner {e.OwnerUserId} {e.CallerId}")
            .Should().Equal(
                "0003*024 PhoneTerminal owner 13 Jane Roe <4242424>",
                "0003*15000 PhoneTerminal owner 30 Agent One <15000>",
                "0003*15001 PhoneTerminal owner 31 Agent Two <15001>",
                "0003*15002 PhoneTerminal owner 32 Party Three <15002>",
                "0003*210 PhoneTerminal owner 12 John Doe <4242425>",
                "0003*211 Conference owner 12 John Doe Conference <4242426>",
                "0003*250 Queue owner 12 Support Queue <4242427>",
                "0004*210 PhoneTerminal owner 20 Max Mustermann <4930123456>");
        _seed.Directory.ExtensionsOf(12).Select(e => e.Number.ToString()).Should().Equal("0003*210", "0003*211", "0003*250");
        _seed.Directory.ExtensionsOf(99).Should().BeEmpty();
    }

    [Fact]
    public void Default_seed_has_a_queue_with_two_agents_of_its_organization()
    {
        _seed.Queues.Should().Equal(new QueueDefinition(new ExtensionNumber("0003", "250"), _seed.Queues[0].Agents));
        _seed.Queues[0].Agents.Select(a => a.ToString()).Should().Equal("0003*210", "0003*024");
    }

    [Fact]
    public void Default_seed_has_an_app_for_each_kind_of_account()
    {
        _seed.Directory.Apps.OrderBy(a => a.ClientId, StringComparer.Ordinal).Select(a => (a.ClientId, a.Account, a.AccountId)).Should().Equal(
            ("uapi-admin-app", AccountKind.Administrator, null),
            ("uapi-org-app", AccountKind.Organization, 3),
            ("uapi-user-app", AccountKind.User, 12),
            ("uapi-user20-app", AccountKind.User, 20));
        _seed.Directory.FindApp("uapi-user-app")!.ClientSecret.Should().Be("uapi-user-secret");
    }

    [Fact]
    public void Every_organization_has_a_sandbox_that_exists_but_is_no_extension()
    {
        var sandbox = new ExtensionNumber("0003", "00");

        _seed.Directory.IsSandbox(sandbox).Should().BeTrue();
        _seed.Directory.Exists(sandbox).Should().BeTrue();
        _seed.Directory.FindExtension(sandbox).Should().BeNull();
        _seed.Directory.IsSandbox(new ExtensionNumber("0009", "00")).Should().BeFalse();
        _seed.Directory.Exists(new ExtensionNumber("0003", "999")).Should().BeFalse();
    }

    [Theory]
    [InlineData("0003*210", PhoneBehaviourKind.Answer)]
    [InlineData("5354353", PhoneBehaviourKind.Answer)]
    [InlineData("5350001", PhoneBehaviourKind.NoAnswer)]
    [InlineData("5350002", PhoneBehaviourKind.Busy)]
    [InlineData("5350003", PhoneBehaviourKind.Reject)]
    [InlineData("5350004", PhoneBehaviourKind.Unreachable)]
    [InlineData("0003*00", PhoneBehaviourKind.Answer)]
    public void Default_seed_phones_behave_as_documented(string number, PhoneBehaviourKind kind)
    {
        PhoneBehaviour behaviour = _seed.Phones.BehaviourOf(Support.TestNetwork.Phone(number));

        behaviour.Kind.Should().Be(kind);
    }

    [Fact]
    public void Default_seed_phones_answer_after_three_seconds_and_sandboxes_at_once()
    {
        _seed.Phones.Fallback.Should().Be(new PhoneBehaviour(PhoneBehaviourKind.Answer, TimeSpan.FromSeconds(3)));
        _seed.Phones.BehaviourOf(Support.TestNetwork.Phone("0003*00")).AnswersImmediately.Should().BeTrue();
    }
}
