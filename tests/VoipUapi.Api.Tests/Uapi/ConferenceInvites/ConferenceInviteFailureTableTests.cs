using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.ConferenceInvites;

/// <summary>Every row of the failure table of seed 000, each reached by a request a client could send; nothing rings after a refusal.</summary>
public sealed class ConferenceInviteFailureTableTests
{
    private const string WithConference = UapiRequests.ConferenceInvitePath + "?number=3&pin=2233";
    private static readonly string[] Invitee = ["5354353"];

    [Theory]
    [InlineData("210", "0003*210 is a Phone Terminal extension; send the number of a Conference extension of user 12: 0003*211")]
    [InlineData("0003*024", "0003*024 is not an extension of user 12")]
    [InlineData("0003*999", "there is no extension 0003*999")]
    [InlineData("@self", "send the number of a Conference extension, such as 0003*211 or 211 (@self is not allowed here)")]
    [InlineData("5354353", "'5354353' is not an extension number")]
    public async Task Extension_that_is_not_a_Conference_extension_of_the_user_is_extension_invalid(string extension, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, extension, source: [extension]));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid")).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Missing_extension_is_the_source_and_must_then_be_a_Conference_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage accepted = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, extension: null, source: ["211"]));
        using HttpResponseMessage refused = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, extension: null, source: ["210"]));

        accepted.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await accepted.ReadJsonAsync())[0].GetProperty("extension").GetString().Should().Be("211");
        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid"))
            .Should().Contain("(extension was left out, so the source stood for it)");
    }

    [Theory]
    [InlineData("callDuration=0")]
    [InlineData("callDuration=abc")]
    [InlineData("callDuration=")]
    public async Task Call_duration_that_is_not_a_positive_whole_number_is_pc_duration_invalid(string query)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync($"{WithConference}&{query}", UapiRequests.ConferenceInvite(Invitee));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_duration_invalid");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData(new[] { "210" }, "'210' is not the extension 0003*211; the source must equal the extension")]
    [InlineData(new[] { "5354353" }, "'5354353' is not the extension 0003*211")]
    [InlineData(new[] { "211", "210" }, "a conference invite has one source, not 2; send \"source\": [\"0003*211\"]")]
    [InlineData(new[] { "0003*999" }, "there is no extension 0003*999")]
    public async Task Source_that_is_not_the_Conference_extension_is_pc_source_invalid(string[] source, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, "211", source));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_source_invalid")).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Source_written_extended_for_a_short_extension_is_the_same_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, "211", ["0003*211"]));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
    }

    [Theory]
    [InlineData("abc", "'abc' is not a phone number")]
    [InlineData("0003*999", "there is no extension 0003*999")]
    [InlineData("211", "0003*211 is the Conference extension that invites")]
    public async Task Destination_that_is_no_phone_to_invite_is_pc_destination_invalid(string destination, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite([destination]));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_destination_invalid")).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("waitForPickup=0")]
    [InlineData("waitForPickup=-5")]
    [InlineData("waitForPickup=ten")]
    [InlineData("waitForPickup=")]
    public async Task Wait_for_pickup_that_is_not_a_positive_whole_number_is_pc_timeout_invalid(string query)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync($"{WithConference}&{query}", UapiRequests.ConferenceInvite(Invitee));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_timeout_invalid");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Caller_id_that_is_not_name_and_number_is_pc_callerid_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, UapiRequests.ConferenceInvite(Invitee, callerId: "John Doe 3235742879"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid")).Should().Contain("John Doe <+3334444>");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("number=3&pin=1111", "PIN '1111' opens no role of conference 3 of 0003*211")]
    [InlineData("pin=1111", "PIN '1111' opens no conference of 0003*211")]
    [InlineData("number=3&pin=22a3", "'22a3' is not a PIN")]
    [InlineData("number=3&pin=", "'' is not a PIN")]
    public async Task Pin_that_opens_no_role_is_pc_pin_invalid(string query, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync($"{UapiRequests.ConferenceInvitePath}?{query}", UapiRequests.ConferenceInvite(Invitee));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_pin_invalid")).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("number=4&pin=2233", "0003*211 hosts no conference numbered 4; send one of its conference numbers (3)")]
    [InlineData("number=three", "'three' is not a conference number")]
    [InlineData("number=", "'' is not a conference number")]
    public async Task Number_of_no_conference_of_the_extension_is_pc_number_invalid(string query, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync($"{UapiRequests.ConferenceInvitePath}?{query}", UapiRequests.ConferenceInvite(Invitee));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_number_invalid")).Should().Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Nonce_of_a_live_call_is_pc_nonce_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"], nonce: "crm-42"));

        using HttpResponseMessage response = await client.PostJsonAsync(WithConference, """
            { "extension": "211", "nonce": "crm-42", "phoneCallView": [{ "source": ["211"], "destination": ["5302040"] }] }
            """);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_nonce_invalid")).Should().Contain("crm-42");
    }

    [Fact]
    public async Task An_app_of_another_organization_cannot_invite_from_0003_211()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/12/conferenceInvite?number=3&pin=2233",
            UapiRequests.ConferenceInvite(Invitee, "0003*211"));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }
}
