using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Cdr;

/// <summary>The CDR service over the calls the network ended, on the manual clock: records, filters, paging, scopes.</summary>
public sealed class CdrListTests
{
    /// <summary>Three ended calls of user 12 (answered local, busy outgoing, unanswered incoming) and one of user 20; answers their ids.</summary>
    private static async Task<(string Local, string Busy, string Inbound)> EndThreeCallsAsync(EmulatorFactory emulator)
    {
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using HttpClient other = await emulator.ClientForAsync(SeedApp.User20);
        using var control = new JsonClient(emulator.ControlClient());
        string local = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*024"]));
        emulator.AdvanceSeconds(6);
        emulator.AdvanceSeconds(10);
        (await user.DeletePathAsync($"/uapi/phoneCalls/@me/210/{local}")).StatusCode.Should().Be(HttpStatusCode.OK);
        string busy = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["5550002"]));
        emulator.AdvanceSeconds(3);
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        Answer inbound = await control.PostAsync("/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210","waitForPickup":5}""");
        emulator.AdvanceSeconds(5);
        string foreign = await other.PlaceCallAsync(UapiRequests.SimpleCall(["0004*210"], ["0004*00"]));
        (await other.DeletePathAsync($"/uapi/phoneCalls/@me/210/{foreign}")).StatusCode.Should().Be(HttpStatusCode.OK);
        return (local, busy, inbound.Expect(HttpStatusCode.Created).GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task A_users_records_are_its_ended_calls_with_answer_end_duration_disposition_flow_and_counts()
    {
        await using var emulator = new EmulatorFactory();
        (string local, string busy, string inbound) = await EndThreeCallsAsync(emulator);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await user.ListAsync("/uapi/cdr/@me");

        page.EntryIds().Should().Equal(local, busy, inbound);
        JsonElement first = page.GetProperty("entry")[0];
        first.GetProperty("published").GetString().Should().Be("2026-01-01T10:00:00Z");
        first.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:06Z");
        first.GetProperty("ended").GetString().Should().Be("2026-01-01T10:00:16Z");
        first.GetProperty("duration").GetString().Should().Be("10");
        first.GetProperty("disposition").GetString().Should().Be("0");
        first.GetProperty("flow").GetString().Should().Be("2");
        first.GetProperty("ownerId").GetString().Should().Be("3");
        first.GetProperty("phoneCallView").EnumerateArray().Select(v => v.GetProperty("extension").GetString()).Should().Equal(["0003*210"], "0003*024 is Jane Roe's, whose view a User app of John Doe does not see");
        first.TryGetProperty("links", out _).Should().BeFalse("an ended call has left the list a link would name");
        JsonElement second = page.GetProperty("entry")[1];
        (second.GetProperty("disposition").GetString(), second.GetProperty("flow").GetString(), second.GetProperty("duration").GetString()).Should().Be(("1", "4", "0"));
        second.TryGetProperty("answered", out _).Should().BeFalse();
        JsonElement third = page.GetProperty("entry")[2];
        (third.GetProperty("disposition").GetString(), third.GetProperty("flow").GetString()).Should().Be(("3", "8"));
        page.GetProperty("phoneCallStat").GetRawText().Should().Be(
            """[{"type":0,"total":1,"answered":0,"unanswered":1,"busy":0,"failed":0,"unknown":0,"unallowed":0},"""
            + """{"type":1,"total":2,"answered":1,"unanswered":0,"busy":1,"failed":0,"unknown":0,"unallowed":0}]""");
        page.GetProperty("totalResults").GetInt32().Should().Be(3);
        page.GetProperty("filtered").GetBoolean().Should().BeFalse();
        page.ShouldHaveNoNullFields();
    }

    [Theory]
    [InlineData("?disposition=1", new[] { 1 })]
    [InlineData("?flow=8", new[] { 2 })]
    [InlineData("?flow=2&disposition=0", new[] { 0 })]
    [InlineData("?source=0003*210", new[] { 0, 1 })]
    [InlineData("?source=210", new[] { 0, 1 })]
    [InlineData("?destination=5550002", new[] { 1 })]
    [InlineData("?destination=0003*210", new[] { 2 })]
    [InlineData("?filterBy=source&filterValue=3235742879", new[] { 2 })]
    [InlineData("?filterBy=answered&filterValue=2026-01-01T10:00:00Z", new[] { 0 })]
    [InlineData("?filterBy=published&filterValue=2026-01-01T10:00:10Z", new[] { 1, 2 })]
    [InlineData("?startDate=2026-01-01T10:00:10Z&endDate=2026-01-01T10:00:17Z", new[] { 1 })]
    [InlineData("?saveStartDate=2026-01-01T10:00:20Z", new[] { 2 })]
    [InlineData("?startDate=2026-01-01T10:00:16Z&saveStartDate=2026-01-01T10:00:20Z", new[] { 1, 2 })]
    [InlineData("?sortOrder=descending", new[] { 2, 1, 0 })]
    [InlineData("?count=1&startIndex=1", new[] { 1 })]
    public async Task The_vendors_parameters_select_and_order_the_records(string query, int[] expected)
    {
        await using var emulator = new EmulatorFactory();
        (string local, string busy, string inbound) = await EndThreeCallsAsync(emulator);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = [local, busy, inbound];

        JsonElement page = await user.ListAsync("/uapi/cdr/12" + query);

        page.EntryIds().Should().Equal(expected.Select(i => ids[i]));
    }

    [Fact]
    public async Task Paging_links_and_fields_follow_the_standard_parameters()
    {
        await using var emulator = new EmulatorFactory();
        await EndThreeCallsAsync(emulator);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await user.ListAsync("/uapi/cdr?count=1&startIndex=1&fields=id,duration");

        page.GetProperty("entry")[0].PropertyNames().Should().Equal("id", "duration");
        page.GetProperty("paging").GetProperty("next").GetString().Should().StartWith("http://localhost/uapi/cdr?").And.Contain("startIndex=2").And.Contain("count=1").And.Contain("fields=");
        page.GetProperty("paging").GetProperty("prev").GetString().Should().Contain("startIndex=0");
        page.GetProperty("totalResults").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Each_app_reads_the_history_of_what_it_may_see_the_administrator_all_of_it()
    {
        await using var emulator = new EmulatorFactory();
        await EndThreeCallsAsync(emulator);
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);
        using HttpClient other = await emulator.ClientForAsync(SeedApp.User20);

        (await organization.ListAsync("/uapi/cdr/3")).GetProperty("totalResults").GetInt32().Should().Be(3);
        (await organization.ListAsync("/uapi/cdr/@me")).GetProperty("totalResults").GetInt32().Should().Be(3);
        (await organization.ListAsync("/uapi/cdr/13")).GetProperty("totalResults").GetInt32().Should().Be(1, "Jane Roe's 0003*024 took part in one call");
        (await administrator.ListAsync("/uapi/cdr/@me")).GetProperty("totalResults").GetInt32().Should().Be(4);
        (await administrator.ListAsync("/uapi/cdr/4")).GetProperty("totalResults").GetInt32().Should().Be(1);
        (await other.ListAsync("/uapi/cdr")).GetProperty("totalResults").GetInt32().Should().Be(1);
        await (await organization.GetPathAsync("/uapi/cdr/4")).ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await (await other.GetPathAsync("/uapi/cdr/12")).ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await (await other.GetPathAsync("/uapi/cdr/3")).ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "user_invalid");
        await (await emulator.CreateClient().GetPathAsync("/uapi/cdr")).ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
    }

    [Fact]
    public async Task Without_dates_the_records_are_those_of_the_current_month_and_the_history_keeps_its_bound()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Telephony:HistoryCapacity", "2");
        (string _, string busy, string inbound) = await EndThreeCallsAsync(emulator);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        JsonElement january = await user.ListAsync("/uapi/cdr/@me");
        emulator.AdvanceSeconds(31 * 86_400);
        using HttpClient later = await emulator.ClientForAsync(SeedApp.User);

        JsonElement february = await later.ListAsync("/uapi/cdr/@me");
        JsonElement asked = await later.ListAsync("/uapi/cdr/@me?startDate=2026-01-01T00:00:00Z");

        january.EntryIds().Should().Equal([inbound], "the history keeps 2 ended calls, and the call of user 20 ended last");
        february.GetProperty("totalResults").GetInt32().Should().Be(0);
        asked.EntryIds().Should().Equal(inbound);
        busy.Should().NotBe(inbound);
    }
}
