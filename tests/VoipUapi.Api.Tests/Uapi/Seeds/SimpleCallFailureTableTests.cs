using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>Every row of the failure table of seed 001, each reached by a request a client could send.</summary>
public sealed class SimpleCallFailureTableTests
{
    private static readonly string[] Public = ["5354353"];
    private static readonly string[] Destination = ["5353535"];

    [Theory]
    [InlineData("211", "0003*211 is a Conference extension")]
    [InlineData("0003*211", "0003*211 is a Conference extension")]
    [InlineData("0003*024", "0003*024 is not an extension of user 12")]
    [InlineData("024", "0003*024 is not an extension of user 12")]
    [InlineData("0003*999", "there is no extension 0003*999")]
    [InlineData("@self", "@self is not allowed here")]
    [InlineData("5354353", "'5354353' is not an extension number")]
    public async Task Extension_that_is_not_a_Phone_Terminal_of_the_user_is_extension_invalid(string extension, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath, UapiRequests.SimpleCall(Public, Destination, extension));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        message.Should().Contain("extension").And.Contain(detail);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Missing_extension_with_a_public_first_source_is_extension_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(["5354353", "0003*210"], Destination, extension: null));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        message.Should().Contain("'5354353' is not an extension number").And.Contain("extension was left out, so the first source stood for it");
    }

    [Fact]
    public async Task Missing_extension_defaults_to_the_first_source()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(["210"], Destination, extension: null));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        (await response.ReadJsonAsync())[0].GetProperty("extension").GetString().Should().Be("210");
        emulator.Network.LiveCalls.Single().Extension.ToString().Should().Be("0003*210");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("86401")]
    public async Task Call_duration_that_is_not_a_positive_whole_number_is_pc_duration_invalid(string callDuration)
    {
        string message = await RefusedAsync($"{UapiRequests.SimpleCallPath}?callDuration={callDuration}", UapiRequests.SimpleCall(Public, Destination), "pc_duration_invalid");

        message.Should().Contain("callDuration").And.Contain($"'{callDuration}'");
    }

    [Theory]
    [InlineData("""{"extension":"210","phoneCallView":[{"destination":["5353535"]}]}""", "it is missing")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":[],"destination":["5353535"]}]}""", "it is an empty list")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["abc"],"destination":["5353535"]}]}""", "'abc' is not a phone number")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353",""],"destination":["5353535"]}]}""", "'' is not a phone number")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["0003*999"],"destination":["5353535"]}]}""", "there is no extension 0003*999")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["999"],"destination":["5353535"]}]}""", "there is no extension 0003*999")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["1","2","3","4","5","6","7","8","9","10","11"],"destination":["5353535"]}]}""", "11 numbers")]
    [InlineData("""{"extension":"210"}""", "phoneCallView is missing")]
    [InlineData("""{"extension":"210","phoneCallView":[]}""", "phoneCallView holds 0 views")]
    public async Task Source_that_is_missing_or_not_a_number_is_pc_source_invalid(string payload, string detail)
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath, payload, "pc_source_invalid");

        message.Should().Contain("Value supplied in source is missing or invalid").And.Contain(detail);
    }

    [Theory]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"]}]}""", "it is missing")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":[]}]}""", "it is an empty list")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["x1"]}]}""", "'x1' is not a phone number")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["0003*999"]}]}""", "there is no extension 0003*999")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5354353"]}]}""", "5354353 is a source of the call too")]
    public async Task Destination_that_is_missing_or_not_a_number_is_pc_destination_invalid(string payload, string detail)
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath, payload, "pc_destination_invalid");

        message.Should().Contain("Value supplied in destination is missing or invalid").And.Contain(detail);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("x")]
    [InlineData("601")]
    public async Task Wait_for_pickup_that_is_not_a_positive_whole_number_is_pc_timeout_invalid(string waitForPickup)
    {
        string message = await RefusedAsync($"{UapiRequests.SimpleCallPath}?waitForPickup={waitForPickup}", UapiRequests.SimpleCall(Public, Destination), "pc_timeout_invalid");

        message.Should().Contain("waitForPickup");
    }

    [Theory]
    [InlineData("waitForPickup", "pc_timeout_invalid")]
    [InlineData("callDuration", "pc_duration_invalid")]
    [InlineData("allowPublicTransfer", "pc_transfer_invalid")]
    public async Task Parameter_sent_without_a_value_is_refused_not_taken_as_the_default(string parameter, string code)
    {
        string message = await RefusedAsync($"{UapiRequests.SimpleCallPath}?{parameter}=", UapiRequests.SimpleCall(Public, Destination), code);

        message.Should().Contain(parameter);
    }

    [Theory]
    [InlineData("John Doe 4242425")]
    [InlineData("John Doe <abc>")]
    [InlineData("<>")]
    [InlineData("John <4242425")]
    public async Task Caller_id_in_the_wrong_format_is_pc_callerid_invalid(string callerId)
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath, UapiRequests.SimpleCall(Public, Destination, callerId: callerId), "pc_callerid_invalid");

        message.Should().Contain("callerId").And.Contain($"'{callerId}'").And.Contain("John Doe <+3334444>");
    }

    [Fact]
    public async Task Caller_id_for_the_destination_in_the_wrong_format_is_pc_callerid_invalid()
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(Public, Destination, callerIdDestination: "Front Desk"), "pc_callerid_invalid");

        message.Should().Contain("callerIdDestination 'Front Desk'");
    }

    [Fact]
    public async Task Caller_id_from_a_user_who_may_not_set_it_is_refused()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await organization.PostJsonAsync("/uapi/phoneCalls/13/simple",
            UapiRequests.SimpleCall(["0003*024"], Destination, "0003*024", callerId: "Jane Roe <5550199>"));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid");
        message.Should().StartWith("You are not allowed to set the callerid field").And.Contain("Jane Roe <4242424>");
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Destination_caller_id_from_a_user_who_may_not_set_it_is_refused()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await organization.PostJsonAsync("/uapi/phoneCalls/13/simple",
            UapiRequests.SimpleCall(["0003*024"], Destination, "024", callerIdDestination: "Jane Roe <5550199>"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid"))
            .Should().StartWith("You are not allowed to set the callerid field");
    }

    [Fact]
    public async Task User_who_may_not_set_caller_ids_calls_with_the_caller_id_of_the_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        await organization.PlaceCallAsync(UapiRequests.SimpleCall(["0003*024"], Destination, "0003*024"), "/uapi/phoneCalls/13/simple");

        emulator.Network.LiveCalls.Single().SourceCallerId.ToString().Should().Be("Jane Roe <4242424>");
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes")]
    [InlineData("2")]
    public async Task Allow_public_transfer_that_is_not_a_flag_is_pc_transfer_invalid(string allowPublicTransfer)
    {
        string message = await RefusedAsync($"{UapiRequests.SimpleCallPath}?allowPublicTransfer={allowPublicTransfer}",
            UapiRequests.SimpleCall(Public, Destination), "pc_transfer_invalid");

        message.Should().Contain("allowPublicTransfer").And.Contain("true").And.Contain("false");
    }

    [Fact]
    public async Task Nonce_longer_than_128_characters_is_pc_nonce_invalid()
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(Public, Destination, nonce: new string('n', 200)), "pc_nonce_invalid");

        message.Should().Contain("nonce").And.Contain("128");
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    public async Task Empty_or_spaced_nonce_is_pc_nonce_invalid(string nonce)
    {
        string message = await RefusedAsync(UapiRequests.SimpleCallPath, UapiRequests.SimpleCall(Public, Destination, nonce: nonce), "pc_nonce_invalid");

        message.Should().Contain("nonce");
    }

    [Fact]
    public async Task Nonce_of_a_live_call_is_pc_nonce_invalid_and_places_no_second_call()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string first = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], Destination, nonce: "crm-4711"));

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(["5302040"], ["3235742879"], nonce: "crm-4711"));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_nonce_invalid");
        message.Should().Contain("nonce").And.Contain("'crm-4711'").And.Contain(first);
        emulator.Network.LiveCalls.Select(c => c.Id.Value).Should().Equal(first);
    }

    [Fact]
    public async Task Nonce_of_an_ended_call_may_be_used_again()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string first = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], Destination, nonce: "crm-4711"));
        (await client.DeletePathAsync($"/uapi/phoneCalls/@me/210/{first}")).StatusCode.Should().Be(HttpStatusCode.OK);

        string second = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], Destination, nonce: "crm-4711"));

        second.Should().NotBe(first);
        emulator.Network.LiveCalls.Single().Nonce.Should().Be("crm-4711");
    }

    private static async Task<string> RefusedAsync(string path, string payload, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(path, payload);

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        emulator.Network.LiveCalls.Should().BeEmpty("a refused request places no call");
        emulator.Network.EndedCalls.Should().BeEmpty("a refused request places no call");
        return message;
    }
}
