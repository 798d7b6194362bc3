using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Isolation;

/// <summary>An app sees and touches only the calls of its own account: user 20 (organization 4) never reaches organization 3.</summary>
public sealed class OrganizationIsolationTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task Other_organizations_user_is_user_invalid(string method)
    {
        await using var emulator = new EmulatorFactory();
        string id = await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.SendPathAsync(new HttpMethod(method), "/uapi/phoneCalls/12/0003*210");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid")).Should().Contain("user 12");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Theory]
    [InlineData("GET", "/uapi/phoneCalls/@me/@self/{0}")]
    [InlineData("DELETE", "/uapi/phoneCalls/@me/@self/{0}")]
    [InlineData("GET", "/uapi/phoneCalls/@me/210/{0}")]
    [InlineData("DELETE", "/uapi/phoneCalls/@me/0004*210/{0}")]
    public async Task Other_organizations_call_is_unknown_to_the_app(string method, string path)
    {
        await using var emulator = new EmulatorFactory();
        string id = await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.SendPathAsync(new HttpMethod(method), path.Replace("{0}", id, StringComparison.Ordinal));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Theory]
    [InlineData("GET", "/uapi/phoneCalls/@me/0003*210")]
    [InlineData("DELETE", "/uapi/phoneCalls/@me/0003*210")]
    [InlineData("GET", "/uapi/phoneCalls/@me/0003*210/{0}")]
    [InlineData("DELETE", "/uapi/phoneCalls/@me/0003*210/{0}")]
    [InlineData("GET", "/uapi/phoneCalls/@owner/0003*210")]
    public async Task Other_organizations_extension_is_not_the_apps(string method, string path)
    {
        await using var emulator = new EmulatorFactory();
        string id = await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.SendPathAsync(new HttpMethod(method), path.Replace("{0}", id, StringComparison.Ordinal));

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        message.Should().NotContain(id);
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Fact]
    public async Task Another_organizations_extension_cannot_be_made_to_ring_as_a_source()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.PostJsonAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(["0003*210"], ["5353535"], extension: "0004*210"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_source_invalid")).Should().Contain("0003*210").And.Contain("0004");
        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.Network.IsEngaged("0003*210").Should().BeFalse();
    }

    [Fact]
    public async Task Own_list_of_user_20_does_not_show_organization_3s_calls()
    {
        await using var emulator = new EmulatorFactory();
        await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        (await user20.ListAsync("/uapi/phoneCalls/@me/@self")).GetProperty("totalResults").GetInt32().Should().Be(0);
        (await user20.ListAsync("/uapi/phoneCalls/20/0004*210")).GetProperty("totalResults").GetInt32().Should().Be(0);
        using HttpResponseMessage hangUp = await user20.DeletePathAsync("/uapi/phoneCalls/@me/@self");
        hangUp.StatusCode.Should().Be(HttpStatusCode.NoContent);
        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task Phone_number_of_another_organizations_call_hangs_up_nothing()
    {
        await using var emulator = new EmulatorFactory();
        await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.DeletePathAsync("/uapi/phoneCalls/@me/@self?phoneNumber=5354353");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        emulator.Network.LiveCalls.Single().Legs.Should().AllSatisfy(leg => leg.IsLive.Should().BeTrue());
    }

    [Fact]
    public async Task User_20_places_calls_only_on_its_own_extensions()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.PostJsonAsync(UapiRequests.SimpleCallPath,
            UapiRequests.SimpleCall(["5354353"], ["5353535"], "0003*210"));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid")).Should().Contain("0003*210 is not an extension of user 20");
        string id = await user20.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"], "210"));
        emulator.Network.LiveCalls.Single().Extension.ToString().Should().Be("0004*210", "a short number is read in the app's own organization");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Theory]
    [InlineData("/uapi/phoneCalls/12/0003*210")]
    [InlineData("/uapi/phoneCalls/12/210")]
    [InlineData("/uapi/phoneCalls/12/@self")]
    public async Task Organization_app_lists_the_calls_of_its_users(string path)
    {
        await using var emulator = new EmulatorFactory();
        string id = await PlaceCallOfUser12Async(emulator);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        (await organization.ListAsync(path)).EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task Organization_app_hangs_up_the_calls_of_its_users()
    {
        await using var emulator = new EmulatorFactory();
        string id = await PlaceCallOfUser12Async(emulator);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await organization.DeletePathAsync($"/uapi/phoneCalls/12/210/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    public async Task Organization_app_does_not_reach_users_of_another_organization(string method)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);
        await user20.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);

        using HttpResponseMessage response = await organization.SendPathAsync(new HttpMethod(method), "/uapi/phoneCalls/20/0004*210");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task User_app_does_not_reach_another_user_of_its_own_organization()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string janes = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"], "024"), "/uapi/phoneCalls/13/simple");
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage byUser = await user.GetPathAsync("/uapi/phoneCalls/13/024");
        using HttpResponseMessage byExtension = await user.DeletePathAsync($"/uapi/phoneCalls/@me/024/{janes}");
        using HttpResponseMessage byId = await user.DeletePathAsync($"/uapi/phoneCalls/@me/@self/{janes}");

        await byUser.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await byExtension.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
        await byId.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(janes);
    }

    [Fact]
    public async Task Administrator_app_reaches_every_organization()
    {
        await using var emulator = new EmulatorFactory();
        string org3 = await PlaceCallOfUser12Async(emulator);
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);
        string org4 = await user20.PlaceCallAsync(UapiRequests.SimpleCall(["5302040"], ["3235742879"]));
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);

        (await administrator.ListAsync("/uapi/phoneCalls/12/@self")).EntryIds().Should().Equal(org3);
        (await administrator.ListAsync("/uapi/phoneCalls/20/@self")).EntryIds().Should().Equal(org4);
    }

    /// <summary>A call of user 12 charged to 0003*210, still ringing its public source.</summary>
    private static async Task<string> PlaceCallOfUser12Async(EmulatorFactory emulator)
    {
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        return await user.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
    }
}
