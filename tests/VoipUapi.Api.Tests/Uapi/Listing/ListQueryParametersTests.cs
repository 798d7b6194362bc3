using System.Net;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Listing;

/// <summary>The standard request parameters of a list: count, startIndex, filterBy/filterOp/filterValue, sortOrder, fields.</summary>
public sealed class ListQueryParametersTests
{
    private const string ListPath = "/uapi/phoneCalls/@me/210";

    [Fact]
    public async Task Count_and_startIndex_page_through_the_calls_with_next_and_prev_links()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement first = await client.ListAsync($"{ListPath}?count=2");

        first.EntryIds().Should().Equal(ids[0], ids[1]);
        first.GetProperty("startIndex").GetInt32().Should().Be(0);
        first.GetProperty("totalResults").GetInt32().Should().Be(3);
        first.GetProperty("itemsPerPage").GetInt32().Should().Be(2);
        first.GetProperty("paging").PropertyNames().Should().Equal("next");
        string next = first.GetProperty("paging").GetProperty("next").GetString()!;
        next.Should().Be("http://localhost/uapi/phoneCalls/@me/210?startIndex=2&count=2");

        JsonElement second = await client.ListAsync(next);

        second.EntryIds().Should().Equal(ids[2]);
        second.GetProperty("startIndex").GetInt32().Should().Be(2);
        second.GetProperty("totalResults").GetInt32().Should().Be(3);
        second.GetProperty("paging").PropertyNames().Should().Equal("prev");
        string prev = second.GetProperty("paging").GetProperty("prev").GetString()!;
        prev.Should().Be("http://localhost/uapi/phoneCalls/@me/210?startIndex=0&count=2");
        (await client.ListAsync(prev)).EntryIds().Should().Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task Middle_page_links_both_ways_and_keeps_the_other_parameters()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement middle = await client.ListAsync($"{ListPath}?startIndex=1&count=1&sortOrder=ascending");

        middle.EntryIds().Should().Equal(ids[1]);
        JsonElement paging = middle.GetProperty("paging");
        paging.GetProperty("next").GetString().Should().Be("http://localhost/uapi/phoneCalls/@me/210?sortOrder=ascending&startIndex=2&count=1");
        paging.GetProperty("prev").GetString().Should().Be("http://localhost/uapi/phoneCalls/@me/210?sortOrder=ascending&startIndex=0&count=1");
    }

    [Fact]
    public async Task Start_index_past_the_end_gives_an_empty_page()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await PlaceThreeCallsAsync(emulator, client);

        JsonElement page = await client.ListAsync($"{ListPath}?startIndex=10");

        page.GetProperty("entry").GetArrayLength().Should().Be(0);
        page.GetProperty("totalResults").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Filter_by_id_equals_returns_that_call_only()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement filtered = await client.ListAsync($"{ListPath}?filterBy=id&filterOp=equals&filterValue={ids[1]}");

        filtered.EntryIds().Should().Equal(ids[1]);
        filtered.GetProperty("filtered").GetBoolean().Should().BeTrue();
        filtered.GetProperty("totalResults").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Filter_by_id_in_array_returns_the_calls_named()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement filtered = await client.ListAsync($"{ListPath}?filterBy=id&filterOp=inArray&filterValue={ids[2]},{ids[0]}");

        filtered.EntryIds().Should().Equal(ids[0], ids[2]);
    }

    [Fact]
    public async Task Filter_by_published_greater_than_returns_the_later_calls()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement filtered = await client.ListAsync($"{ListPath}?filterBy=published&filterOp=greaterThan&filterValue=2026-01-01T10:00:00Z");

        filtered.EntryIds().Should().Equal(ids[1], ids[2]);
    }

    [Fact]
    public async Task Sort_order_descending_lists_the_newest_call_first()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement sorted = await client.ListAsync($"{ListPath}?sortOrder=descending");

        sorted.EntryIds().Should().Equal(ids[2], ids[1], ids[0]);
        sorted.GetProperty("sorted").GetBoolean().Should().BeTrue();
        (await client.ListAsync(ListPath)).EntryIds().Should().Equal(ids[0], ids[1], ids[2]);
    }

    [Fact]
    public async Task Fields_returns_only_the_fields_named()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = await PlaceThreeCallsAsync(emulator, client);

        JsonElement collection = await client.ListAsync($"{ListPath}?fields=id,extension");

        collection.ShouldHaveNoNullFields();
        JsonElement[] entries = collection.GetProperty("entry").EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("id").GetString()).Should().Equal(ids);
        entries.Should().AllSatisfy(e => e.PropertyNames().Should().Equal("id", "extension"));
        entries.Should().AllSatisfy(e => e.GetProperty("extension").GetString().Should().Be("0003*210"));
    }

    [Theory]
    [InlineData("count=0", "count_invalid", "count")]
    [InlineData("count=abc", "count_invalid", "count")]
    [InlineData("count=5001", "count_invalid", "count")]
    [InlineData("count=-1", "count_invalid", "count")]
    [InlineData("startIndex=-1", "startindex_invalid", "startIndex")]
    [InlineData("startIndex=x", "startindex_invalid", "startIndex")]
    [InlineData("startIndex=5001", "startindex_invalid", "startIndex")]
    [InlineData("filterBy=nonce&filterOp=equals&filterValue=x", "filterby_invalid", "filterBy")]
    [InlineData("filterOp=equals&filterValue=x", "filterby_invalid", "filterBy")]
    [InlineData("filterBy=id&filterOp=like&filterValue=x", "filterop_invalid", "filterOp")]
    [InlineData("filterBy=id&filterOp=equals", "filtervalue_invalid", "filterValue")]
    [InlineData("filterBy=published&filterOp=lessThan&filterValue=yesterday", "filtervalue_invalid", "filterValue")]
    [InlineData("sortOrder=up", "sortorder_invalid", "sortOrder")]
    [InlineData("sortOrder=DESCENDING", "sortorder_invalid", "sortOrder")]
    [InlineData("fields=colour", "fields_invalid", "fields")]
    [InlineData("fields=id,colour", "fields_invalid", "fields")]
    [InlineData("fields=,", "fields_invalid", "fields")]
    public async Task Bad_standard_parameter_is_refused_with_its_code(string query, string code, string field)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.GetPathAsync($"{ListPath}?{query}");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain($"Value supplied in {field} is invalid");
    }

    /// <summary>Three calls charged to 0003*210, published one second apart (10:00:00, :01, :02) and all still ringing; their ids in that order.</summary>
    private static async Task<string[]> PlaceThreeCallsAsync(EmulatorFactory emulator, HttpClient client)
    {
        string first = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));
        emulator.AdvanceSeconds(1);
        string second = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5302040"], ["3235742879"]));
        emulator.AdvanceSeconds(1);
        string third = await client.PlaceCallAsync(UapiRequests.SimpleCall(["5300000"], ["5301111"]));
        return [first, second, third];
    }
}
