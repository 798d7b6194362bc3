using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.SimpleCalls;

/// <summary>The userId of the path: @me, @viewer, @owner or a numeric id, and who may use which.</summary>
public sealed class UserIdFormsTests
{
    private static readonly string[] Source = ["0003*210"];
    private static readonly string[] Destination = ["5353535"];

    [Theory]
    [InlineData("@me")]
    [InlineData("@viewer")]
    [InlineData("@owner")]
    [InlineData("12")]
    public async Task User_app_places_calls_for_its_own_user_under_every_name_of_it(string userId)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(Source, Destination, "210"), $"/uapi/phoneCalls/{userId}/simple");

        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
        emulator.Network.LiveCalls.Single().OwnerUserId.Should().Be(12);
        (await client.ListAsync($"/uapi/phoneCalls/{userId}/210/{id}")).EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task Owner_is_the_user_that_owns_the_extension_for_an_Organization_app()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        await organization.PlaceCallAsync(UapiRequests.SimpleCall(["024"], Destination, "024"), "/uapi/phoneCalls/@owner/simple");

        emulator.Network.LiveCalls.Single().OwnerUserId.Should().Be(13);
    }

    [Theory]
    [InlineData("@me")]
    [InlineData("@viewer")]
    public async Task Administrator_app_may_not_say_me(string userId)
    {
        string message = await RefusedAsync(SeedApp.Administrator, userId, UapiRequests.SimpleCall(Source, Destination, "0003*210"), "user_invalid");

        message.Should().Contain("userId").And.Contain($"{userId} means the app's own user").And.Contain("an Administrator app has none");
    }

    [Fact]
    public async Task Organization_app_may_not_say_me()
    {
        string message = await RefusedAsync(SeedApp.Organization, "@me", UapiRequests.SimpleCall(Source, Destination, "0003*210"), "user_invalid");

        message.Should().Contain("userId").And.Contain("an Organization app has none");
    }

    [Theory]
    [InlineData("210")]
    [InlineData("*210")]
    public async Task Administrator_app_sending_a_short_extension_is_told_the_extended_number(string extension)
    {
        string message = await RefusedAsync(SeedApp.Administrator, "12", UapiRequests.SimpleCall(Source, Destination, extension), "extension_invalid");

        message.Should().Contain("extension").And.Contain($"short number '{extension}'").And.Contain("0003*210");
    }

    [Fact]
    public async Task Administrator_app_sending_a_short_source_is_told_the_extended_number()
    {
        string message = await RefusedAsync(SeedApp.Administrator, "12", UapiRequests.SimpleCall(["210"], Destination, "0003*210"), "pc_source_invalid");

        message.Should().Contain("source").And.Contain("0003*210");
    }

    [Fact]
    public async Task Administrator_app_sending_a_short_destination_of_another_organization_is_told_its_extended_number()
    {
        string message = await RefusedAsync(SeedApp.Administrator, "20", UapiRequests.SimpleCall(["0004*210"], ["210"], "0004*210"), "pc_destination_invalid");

        message.Should().Contain("destination").And.Contain("0004*210");
    }

    [Theory]
    [InlineData("999", "user 999 does not exist")]
    [InlineData("abc", "'abc' is not a user id")]
    [InlineData("-12", "'-12' is not a user id")]
    [InlineData("@someone", "'@someone' is not a user id")]
    [InlineData("13", "user 13 does not exist or is not visible to a User app")]
    [InlineData("20", "user 20 does not exist or is not visible to a User app")]
    public async Task User_id_that_is_unknown_or_not_the_apps_is_user_invalid(string userId, string detail)
    {
        string message = await RefusedAsync(SeedApp.User, userId, UapiRequests.SimpleCall(Source, Destination, "210"), "user_invalid");

        message.Should().Contain("Value supplied in userId is invalid").And.Contain(detail);
    }

    [Fact]
    public async Task Organization_app_may_not_name_a_user_of_another_organization()
    {
        string message = await RefusedAsync(SeedApp.Organization, "20", UapiRequests.SimpleCall(["0004*210"], Destination, "0004*210"), "user_invalid");

        message.Should().Contain("user 20");
    }

    [Fact]
    public async Task Owner_of_an_extension_of_another_organization_is_refused()
    {
        string message = await RefusedAsync(SeedApp.User20, "@owner", UapiRequests.SimpleCall(Source, Destination, "0003*210"), "extension_invalid");

        message.Should().Contain("0003*210");
    }

    [Fact]
    public async Task Organization_app_places_a_call_for_a_user_of_its_organization_with_short_numbers()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        await organization.PlaceCallAsync(UapiRequests.SimpleCall(["210"], ["024"], "210"), "/uapi/phoneCalls/12/simple");

        emulator.Network.LiveCalls.Single().Destinations.Select(d => d.Value).Should().Equal("0003*024");
    }

    private static async Task<string> RefusedAsync(SeedApp app, string userId, string payload, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(app);

        using HttpResponseMessage response = await client.PostJsonAsync($"/uapi/phoneCalls/{userId}/simple", payload);

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        emulator.Network.LiveCalls.Should().BeEmpty();
        return message;
    }
}
