using System.Net;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Listing;

/// <summary>GET /uapi/phoneCalls/{userId}/{extension}[/{phoneCallId}]: the collection, and what it holds.</summary>
public sealed class ListPhoneCallsTests
{
    [Theory]
    [InlineData("/uapi/phoneCalls/@me/0003*210")]
    [InlineData("/uapi/phoneCalls/@me/@self")]
    [InlineData("/uapi/phoneCalls/@me/210")]
    [InlineData("/uapi/phoneCalls/12/210")]
    [InlineData("/uapi/phoneCalls/@owner/0003*210")]
    public async Task Live_calls_of_the_extension_come_in_the_collection_envelope(string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353", "5302040"], ["5353535"], callerId: "John Doe <4242425>", nonce: "crm-1"));

        JsonElement collection = await client.ListAsync(path);

        collection.PropertyNames().Should().Equal("entry", "startIndex", "totalResults", "itemsPerPage", "filtered", "sorted", "paging");
        collection.ShouldHaveNoNullFields();
        collection.GetProperty("startIndex").GetInt32().Should().Be(0);
        collection.GetProperty("totalResults").GetInt32().Should().Be(1);
        collection.GetProperty("itemsPerPage").GetInt32().Should().Be(20);
        collection.GetProperty("filtered").GetBoolean().Should().BeFalse();
        collection.GetProperty("sorted").GetBoolean().Should().BeFalse();
        collection.GetProperty("paging").PropertyNames().Should().BeEmpty("there is neither a next nor a previous page");

        JsonElement call = collection.SingleEntry();
        call.PropertyNames().Should().Equal("id", "nonce", "extension", "ownerId", "ownerName", "published", "phoneCallView", "links");
        call.GetProperty("id").GetString().Should().Be(id);
        call.GetProperty("nonce").GetString().Should().Be("crm-1");
        call.GetProperty("extension").GetString().Should().Be("0003*210");
        call.GetProperty("ownerId").GetString().Should().Be("3");
        call.GetProperty("ownerName").GetString().Should().Be("Default Organization");
        call.GetProperty("published").GetString().Should().Be("2026-01-01T10:00:00Z");
        call.GetProperty("links").GetProperty("self").GetString().Should().StartWith("http://localhost/uapi/phoneCalls/").And.EndWith($"/0003*210/{id}");

        JsonElement view = call.GetProperty("phoneCallView").EnumerateArray().Single();
        view.PropertyNames().Should().Equal("id", "extension", "source", "destination", "flow", "status", "ringing", "callerId");
        view.GetProperty("id").GetString().Should().Be("00");
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("source").EnumerateArray().Select(s => s.GetString()).Should().Equal("5354353", "5302040");
        view.GetProperty("destination").EnumerateArray().Select(s => s.GetString()).Should().Equal("5353535");
        view.GetProperty("flow").GetString().Should().Be("4", "a call to a public number is an outgoing public call");
        view.GetProperty("status").GetString().Should().Be("2", "the charged extension is trying while the sources ring");
        view.GetProperty("ringing").GetString().Should().Be("2026-01-01T10:00:00Z");
        view.GetProperty("callerId").GetString().Should().Be("John Doe <4242425>");
    }

    [Fact]
    public async Task Self_link_of_a_listed_call_leads_back_to_it()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        string self = (await client.ListAsync("/uapi/phoneCalls/@me/@self")).SingleEntry().GetProperty("links").GetProperty("self").GetString()!;

        (await client.ListAsync(self)).EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task Extension_without_calls_lists_an_empty_collection()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        JsonElement collection = await client.ListAsync("/uapi/phoneCalls/@me/0003*210");

        collection.GetProperty("entry").GetArrayLength().Should().Be(0);
        collection.GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Call_between_two_extensions_shows_the_view_of_each()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["210"], ["024"], "210"), "/uapi/phoneCalls/12/simple");

        emulator.AdvanceSeconds(3);

        JsonElement call = (await organization.ListAsync($"/uapi/phoneCalls/12/210/{id}")).SingleEntry();
        JsonElement[] views = call.GetProperty("phoneCallView").EnumerateArray().ToArray();
        views.Select(v => (v.GetProperty("id").GetString(), v.GetProperty("extension").GetString(), v.GetProperty("status").GetString()))
            .Should().Equal(("00", "0003*210", "4"), ("01", "0003*024", "3"));
        views.Should().AllSatisfy(v => v.GetProperty("flow").GetString().Should().Be("2", "a call between extensions is local"));
        (await organization.ListAsync("/uapi/phoneCalls/13/024")).EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task User_app_sees_only_the_views_of_its_own_extensions()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["024"], ["210"], "024"), "/uapi/phoneCalls/13/simple");
        emulator.AdvanceSeconds(3);

        JsonElement call = (await user.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry();

        call.GetProperty("phoneCallView").EnumerateArray().Select(v => v.GetProperty("extension").GetString()).Should().Equal("0003*210");
    }

    [Fact]
    public async Task Unknown_phone_call_id_is_pc_phonecall_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        using HttpResponseMessage response = await client.GetPathAsync("/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f");

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
        message.Should().Contain("phoneCallId").And.Contain("c3e92a04ff422a7a0b9f");
    }

    [Fact]
    public async Task Call_of_another_extension_of_the_user_is_not_found_under_this_one()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        using HttpResponseMessage response = await client.GetPathAsync($"/uapi/phoneCalls/@me/0003*211/{id}");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_phonecall_invalid");
    }

    [Theory]
    [InlineData("/uapi/phoneCalls/@me/0003*024", "extension_invalid", "0003*024 is not an extension of user 12")]
    [InlineData("/uapi/phoneCalls/@me/0003*999", "extension_invalid", "there is no extension 0003*999")]
    [InlineData("/uapi/phoneCalls/@me/abc", "extension_invalid", "'abc' is not an extension number")]
    [InlineData("/uapi/phoneCalls/@me/5354353", "extension_invalid", "'5354353' is not an extension number")]
    [InlineData("/uapi/phoneCalls/999/@self", "user_invalid", "user 999")]
    [InlineData("/uapi/phoneCalls/abc/@self", "user_invalid", "'abc' is not a user id")]
    [InlineData("/uapi/phoneCalls/@owner/@self", "user_invalid", "@owner means the owner of the extension")]
    public async Task List_of_an_extension_or_user_that_is_not_the_apps_is_refused(string path, string code, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.GetPathAsync(path);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(detail);
    }

    [Fact]
    public async Task Administrator_lists_with_the_extended_number_and_is_refused_the_short_one()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);
        string id = await user.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        (await administrator.ListAsync("/uapi/phoneCalls/12/0003*210")).EntryIds().Should().Equal(id);
        using HttpResponseMessage response = await administrator.GetPathAsync("/uapi/phoneCalls/12/210");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid")).Should().Contain("0003*210");
    }
}
