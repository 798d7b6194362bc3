using System.Text;

namespace VoipUapi.Telephony.Tests.Seeding;

public sealed class SeedLoaderTests
{
    private const string Organization = """{ "id": 3, "code": "0003", "name": "Default Organization" }""";
    private const string User = """{ "id": 12, "organizationId": 3, "name": "John Doe" }""";

    [Fact]
    public void A_small_seed_loads_into_a_directory_and_phone_rules()
    {
        NetworkSeed seed = Load($$"""
            {
              "organizations": [{{Organization}}],
              "users": [{{User}}],
              "extensions": [{ "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" }],
              "apps": [{ "clientId": "app", "clientSecret": "secret", "account": "user", "accountId": 12 }],
              "phones": {
                "default": { "behaviour": "noAnswer" },
                "rules": [{ "number": "0003*210", "behaviour": "answer", "answerAfterSeconds": 1.5, "hangUpAfterSeconds": 30, "digits": "12#" }]
              }
            }
            """);

        seed.Directory.FindExtension(new ExtensionNumber("0003", "210"))!.CallerId.Should().Be(new CallerId("John Doe", "4242425"));
        seed.Directory.FindApp("app")!.Account.Should().Be(AccountKind.User);
        seed.Phones.Fallback.Kind.Should().Be(PhoneBehaviourKind.NoAnswer);
        seed.Phones.Rules.Should().ContainSingle().Which.Should().Be(new PhoneRule(
            "0003*210",
            null,
            null,
            new PhoneBehaviour(PhoneBehaviourKind.Answer, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(30), "12#")));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        NetworkSeed seed = Load("""
            {
              // one organization, nobody in it
              "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" },],
            }
            """);

        seed.Directory.Organizations.Should().ContainSingle();
    }

    [Fact]
    public void Malformed_json_is_refused_naming_the_source_and_the_line()
    {
        Action load = () => Load(
            """
            {
              "organizations": [
                { "id": 3 "code": "0003", "name": "Default Organization" }
              ]
            }
            """,
            "seed.json");

        load.Should().Throw<SeedException>()
            .WithMessage("seed seed.json: line 3, position *")
            .WithInnerException<System.Text.Json.JsonException>();
    }

    [Fact]
    public void An_extension_whose_owner_is_not_a_user_is_refused_naming_both()
    {
        Action load = () => Load($$"""
            {
              "organizations": [{{Organization}}],
              "users": [{{User}}],
              "extensions": [{ "number": "0003*210", "type": "phoneTerminal", "ownerId": 99, "callerId": "John Doe <4242425>" }]
            }
            """);

        load.Should().Throw<SeedException>()
            .WithMessage("seed test seed: extension 0003*210: owner user 99 is not a user of the seed.");
    }

    [Fact]
    public void An_extension_outside_its_owners_organization_is_refused()
    {
        Action load = () => Load($$"""
            {
              "organizations": [{{Organization}}],
              "users": [{{User}}],
              "extensions": [{ "number": "0004*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" }]
            }
            """);

        load.Should().Throw<SeedException>().WithMessage("*extension 0004*210: owner user 12 belongs to organization 0003, not 0004*");
    }

    [Theory]
    [InlineData("""{ "organizations": [], "colour": "red" }""", "colour")]
    [InlineData("""{ "users": [{ "id": 12, "organizationId": 3, "name": "John Doe", "email": "john@example.com" }] }""", "email")]
    public void An_unknown_property_is_refused_naming_it(string json, string property)
    {
        Action load = () => Load(json);

        load.Should().Throw<SeedException>().WithMessage($"*'{property}'*");
    }

    [Theory]
    [InlineData("""{ "organizations": [{ "id": 3, "code": "3", "name": "X" }] }""", "organization 3: code must be four digits*")]
    [InlineData("""{ "organizations": [{ "id": 3, "code": "0003" }] }""", "organization 3: name is missing*")]
    [InlineData("""{ "organizations": [{ "id": 3, "code": "0003", "name": "A" }, { "id": 4, "code": "0003", "name": "B" }] }""", "organization 4: code 0003 is used twice*")]
    [InlineData("""{ "users": [{ "id": 12, "organizationId": 7, "name": "John Doe" }] }""", "user 12: organizationId 7 is not an organization of the seed*")]
    [InlineData("""{ "apps": [{ "clientId": "a", "clientSecret": "s", "account": "administrator", "accountId": 3 }] }""", "app a: an administrator app takes no accountId*")]
    [InlineData("""{ "apps": [{ "clientId": "a", "clientSecret": "s", "account": "user", "accountId": 12 }] }""", "app a: accountId 12 is not a user of the seed*")]
    [InlineData("""{ "phones": { "rules": [{ "endsWith": "0002", "behaviour": "engaged" }] } }""", "phone rule 1: behaviour 'engaged' is not one of answer, manual, busy, noAnswer, reject, unreachable*")]
    [InlineData("""{ "phones": { "rules": [{ "kind": "mobile", "behaviour": "busy" }] } }""", "phone rule 1: kind must be extension, sandbox or public*")]
    [InlineData("""{ "phones": { "default": { "behaviour": "answer", "answerAfterSeconds": -1 } } }""", "default phone: answerAfterSeconds must be between 0 and 86400*")]
    public void Seed_naming_what_does_not_exist_or_is_malformed_is_refused_naming_the_entity(string json, string problem)
    {
        Action load = () => Load(json);

        load.Should().Throw<SeedException>().WithMessage($"seed test seed: {problem}");
    }

    [Theory]
    [InlineData("0003*000")]
    [InlineData("0003*999")]
    [InlineData("0003*15000")]
    public void An_extension_number_with_three_or_five_digits_after_the_star_loads(string number)
    {
        NetworkSeed seed = Load($$"""
            {
              "organizations": [{{Organization}}],
              "users": [{{User}}],
              "extensions": [{ "number": "{{number}}", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" }]
            }
            """);

        seed.Directory.Extensions.Single().Number.ToString().Should().Be(number);
    }

    [Theory]
    [InlineData("0003*2", "number must be an extended number like*")]
    [InlineData("0003*00", "the local part after the star must have three digits*")]
    [InlineData("0003*21", "the local part after the star must have three digits*")]
    [InlineData("0003*2100", "the local part after the star must have three digits*")]
    [InlineData("210", "number must be an extended number like*")]
    public void An_extension_number_that_cannot_be_an_extension_is_refused(string number, string problem)
    {
        Action load = () => Load($$"""
            {
              "organizations": [{{Organization}}],
              "users": [{{User}}],
              "extensions": [{ "number": "{{number}}", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" }]
            }
            """);

        load.Should().Throw<SeedException>().WithMessage($"*extension {number}: {problem}");
    }

    [Fact]
    public void A_missing_file_is_refused_naming_the_path()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-seed-{Guid.NewGuid():N}.json");

        Action load = () => SeedLoader.LoadFile(path);

        load.Should().Throw<SeedException>().WithMessage($"seed {path}: no such file*");
    }

    [Fact]
    public void A_seed_file_is_loaded_and_its_errors_name_the_file()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{ "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }] }""");
            SeedLoader.LoadFile(path).Directory.Organizations.Should().ContainSingle();

            File.WriteAllText(path, """{ "organizations": [{ "id": 3, "code": "0003" }] }""");
            Action load = () => SeedLoader.LoadFile(path);
            load.Should().Throw<SeedException>().WithMessage($"seed {path}: organization 3: name is missing.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "users": null }""")]
    [InlineData("""{ "organizations": [null] }""")]
    [InlineData("""{ "phones": null }""")]
    [InlineData("""{ "phones": { "default": null } }""")]
    public void A_null_where_a_list_or_object_belongs_is_refused_as_a_seed_error(string json)
    {
        // System.Text.Json leaves null in the non-nullable lists and objects of SeedDocument; the validator then
        // dereferences them and the host gets a NullReferenceException instead of a message naming the fault.
        Action load = () => Load(json);

        load.Should().Throw<SeedException>().WithMessage("seed test seed: *");
    }

    [Theory]
    [InlineData("""{ "organizations": [{ "id": 3, "code": "0003", "name": "A" }], "users": [{ "id": 12, "organizationId": 3, "name": "J" }], "extensions": [{ "number": "0003*210", "type": "phoneTerminal, conference", "ownerId": 12, "callerId": "J <1>" }] }""", "extension 0003*210: type 'phoneTerminal, conference' is not one of*")]
    [InlineData("""{ "phones": { "rules": [{ "endsWith": "0002", "behaviour": "busy, reject" }] } }""", "phone rule 1: behaviour 'busy, reject' is not one of*")]
    [InlineData("""{ "organizations": [{ "id": 3, "code": "0003", "name": "A" }], "users": [{ "id": 12, "organizationId": 3, "name": "J" }], "apps": [{ "clientId": "a", "clientSecret": "s", "account": "user, organization", "accountId": 12 }] }""", "app a: account must be administrator, organization or user*")]
    public void A_list_of_names_is_refused_where_one_name_belongs(string json, string problem)
    {
        // Enum.TryParse reads "busy, reject" as the flags Busy|Reject (6, no behaviour at all) and
        // "phoneTerminal, conference" as Conference; the seed must name exactly one.
        Action load = () => Load(json);

        load.Should().Throw<SeedException>().WithMessage($"seed test seed: {problem}");
    }

    [Fact]
    public void Malformed_json_message_gives_the_line_number_only_once()
    {
        // The message starts with the 1-based "line 3" and then repeats JsonException's own text, which ends
        // "LineNumber: 2 | BytePositionInLine: 14": two different line numbers for one fault.
        Action load = () => Load(
            """
            {
              "organizations": [
                { "id": 3 "code": "0003", "name": "Default Organization" }
              ]
            }
            """,
            "seed.json");

        load.Should().Throw<SeedException>().Which.Message.Should().StartWith("seed seed.json: line 3, ").And.NotContain("LineNumber: 2");
    }

    private static NetworkSeed Load(string json, string source = "test seed")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return SeedLoader.Load(stream, source);
    }
}
