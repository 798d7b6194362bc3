using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>calls/update</c>: Enswitch's record of a call changes, the telephony does not.</summary>
public sealed class EnswitchCallUpdateTests
{
    [Fact]
    public async Task An_update_of_the_call_shows_on_every_row_and_one_of_a_leg_on_that_row_only_and_the_call_itself_is_unchanged()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        string id = (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=210;cnumber=2125551234;wait=1")).Expect("200").GetProperty("callid").GetString()!;
        emulator.AdvanceSeconds(6);
        Call before = emulator.Network.FindLiveCall(new CallId(id))!;
        JsonElement rows = await RowsAsync(client, id);

        (await client.EnswitchGetAsync($"/api/json/calls/update/?{User};callid={id};dtype=external;dnumber=2125559999")).KeysOf("204");
        (await client.EnswitchGetAsync($"/api/json/calls/update/?{User};uniqueid={rows[1].GetProperty("uniqueid").GetString()};snumber=4242425")).KeysOf("204");
        JsonElement after = await RowsAsync(client, id);

        after.EnumerateArray().Select(r => (r.GetProperty("dtype").GetString(), r.GetProperty("dnumber").GetString()))
            .Should().AllBeEquivalentTo(("external", "2125559999"));
        after.EnumerateArray().Select(r => r.GetProperty("snumber").GetString()).Should().Equal(rows[0].GetProperty("snumber").GetString(), "4242425");
        emulator.Network.FindLiveCall(new CallId(id)).Should().BeEquivalentTo(before, "calls/update changes only Enswitch's record");
    }

    [Theory]
    [InlineData("", "callid")]
    [InlineData("callid=x;uniqueid=y", "uniqueid")]
    [InlineData("callid=CALL;stype=fax", "stype")]
    [InlineData("callid=CALL;snumber=%20", "snumber")]
    public async Task Bad_input_is_refused_naming_the_field_and_changes_nothing(string parameters, string key)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        string id = (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=210;cnumber=2125551234;wait=1")).Expect("200").GetProperty("callid").GetString()!;
        string before = (await RowsAsync(client, id)).GetRawText();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/calls/update/?{User};{parameters.Replace("CALL", id, StringComparison.Ordinal)}");

        answer.Refusal("400", key).Should().NotBeNullOrEmpty();
        (await RowsAsync(client, id)).GetRawText().Should().Be(before);
    }

    [Fact]
    public async Task A_call_that_is_not_live_or_not_the_customers_is_404()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/update/?{User};callid=b817d2618fe6f1804000;dnumber=1")).Refusal("404", "callid").Should().Contain("no live call");
        string id = (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=210;cnumber=2125551234;wait=1")).Expect("200").GetProperty("callid").GetString()!;
        (await client.EnswitchGetAsync($"/api/json/calls/update/?{Basic};callid={id};dnumber=1")).Refusal("404", "callid").Should().Contain("of your customer");
    }

    private static async Task<JsonElement> RowsAsync(HttpClient client, string id) =>
        (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User};callid={id}")).Expect("200");
}
