using System.Text;
using VoipUapi.Api.Enswitch.Accounts;
using VoipUapi.Api.Enswitch.Accounts.Seeding;
using VoipUapi.Telephony.Seeding;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>The seed's <c>dialects.enswitch</c> section: passed on by the network unread, read and checked by the dialect.</summary>
public sealed class EnswitchSeedTests : IDisposable
{
    private const string Network = """
        "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }],
        "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }],
        "extensions": [
          { "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" },
          { "number": "0003*211", "type": "conference", "ownerId": 12, "callerId": "John Doe Conference <4242426>" }
        ],
        """;

    private const string Roles = """
        "roles": [{ "id": 1, "name": "User", "privileges": ["user"] }],
        "ratePlans": [{ "id": 1, "name": "All", "features": ["conferences", "calls"] }],
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"voipuapi-enswitch-seed-{Guid.NewGuid():N}.json");

    [Fact]
    public void The_default_seed_has_the_people_each_refusal_needs()
    {
        EnswitchDirectory directory = EnswitchSeedReader.Read(SeedLoader.LoadDefault());

        directory.FindPerson("user")!.Customer.Organization!.Code.Should().Be("0003");
        directory.FindPerson("user")!.Customer.ConferenceExtension!.Number.ToString().Should().Be("0003*211");
        directory.FindPerson("user")!.HasPassword("password").Should().BeTrue();
        directory.FindPerson("reseller")!.Role.Privileges.Should().Contain(EnswitchPrivilege.Administrator);
        directory.FindPerson("operator")!.Role.Privileges.Should().NotContain(EnswitchPrivilege.User);
        directory.FindPerson("basic")!.Customer.RatePlan.Features.Should().NotContain(EnswitchFeature.Conferences);
        directory.Tree(directory.FindCustomer(1)!).Select(c => c.Id).Should().Equal(1, 3, 4);
        directory.FindPerson("user")!.ToString().Should().Be("person 101 (user)");
    }

    [Fact]
    public void A_seed_without_the_section_has_nobody_to_authenticate()
    {
        NetworkSeed seed = Load(string.Empty);

        EnswitchSeedReader.Read(seed).Customers.Should().BeEmpty();
    }

    [Theory]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "organizationId": 9, "ratePlan": 1 }] """, "customer 3: organizationId 9 is not an organization of the seed.")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "organizationId": 3, "conferenceExtension": "0003*210", "ratePlan": 1 }] """, "customer 3: conferenceExtension must be a Conference extension of the customer's organization")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "parent": 1, "ratePlan": 1 }] """, "customer 3: parent must be a customer listed before it.")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "ratePlan": 2 }] """, "customer 3: ratePlan 2 is not a rate plan of the section.")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "ratePlan": 1 }], "people": [{ "id": 1, "username": "u", "password": "", "customer": 3, "role": 1 }] """, "person 1: password is missing.")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "ratePlan": 1 }], "people": [{ "id": 1, "username": "u", "password": "p", "customer": 3, "role": 1, "line": "0003*210" }] """, "person 1: line must be a Phone Terminal extension of the customer's organization")]
    [InlineData(""" "customers": [{ "id": 3, "name": "C", "ratePlan": 1 }], "people": [{ "id": 1, "username": "u", "password": "p", "customer": 3, "role": 1 }, { "id": 2, "username": "U", "password": "p", "customer": 3, "role": 1 }] """, "person 2: username U is used twice.")]
    [InlineData(""" "customers": [], "people": [], "colour": "red" """, "dialects.enswitch: $.colour: ")]
    public void A_section_that_names_what_does_not_exist_stops_the_start_naming_the_entity(string section, string message)
    {
        NetworkSeed seed = Load($$""", "dialects": { "enswitch": { {{Roles}} {{section}} } }""");

        Action read = () => EnswitchSeedReader.Read(seed);

        read.Should().Throw<SeedException>().WithMessage($"seed test seed: *{message}*");
    }

    [Fact]
    public async Task A_bad_section_in_a_seed_file_stops_the_emulator_from_starting()
    {
        await File.WriteAllTextAsync(_path, $$"""{ {{Network}} "dialects": { "enswitch": { "roles": [{ "id": 1, "name": "R", "privileges": ["root"] }] } } }""");
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);

        Action start = () => emulator.CreateClient();

        start.Should().Throw<SeedException>().WithMessage($"seed {_path}: dialects.enswitch: role 1: privilege 'root' is not one of user, administrator, actions, panel, reports.");
    }

    public void Dispose() => File.Delete(_path);

    private static NetworkSeed Load(string tail)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($$"""{ {{Network.TrimEnd().TrimEnd(',')}} {{tail}} }"""));
        return SeedLoader.Load(stream, "test seed");
    }
}
