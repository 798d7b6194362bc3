using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>calls/make</c>, <c>calls/active/list</c> and <c>calls/hangup</c> on the network UAPI uses, on the manual clock.</summary>
public sealed class EnswitchCallsTests
{
    [Fact]
    public async Task Click_to_call_rings_snumber_then_connects_cnumber_with_the_caller_ids_asked_for()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        JsonElement made = (await client.EnswitchGetAsync(
            $"/api/json/calls/make/?{User};stype=phone;snumber=210;cnumber=2125551234;callerid1=Desk+%3C100%3E;callerid2=4242425;wait=1")).Expect("200");
        string id = made.GetProperty("callid").GetString()!;
        Call ringing = emulator.Network.FindLiveCall(new CallId(id))!;
        emulator.AdvanceSeconds(6);

        ringing.Extension.ToString().Should().Be("0003*210");
        ringing.SourceCallerId.ToString().Should().Be("Desk <100>");
        ringing.DestinationCallerId.ToString().Should().Be("<4242425>");
        Call connected = emulator.Network.FindLiveCall(new CallId(id))!;
        connected.Phase.Should().Be(CallPhase.Connected);
        connected.Answered.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(6));
        JsonElement rows = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User};callid={id};names=1")).Expect("200");
        rows.EnumerateArray().Select(r => (r.GetProperty("number").GetString(), r.GetProperty("state").GetString(), r.GetProperty("direction").GetString(), r.GetProperty("sname").GetString()))
            .Should().Equal(("0003*210", "answered", "out", "John Doe"), ("2125551234", "answered", "out", "John Doe"));
    }

    [Fact]
    public async Task A_delayed_call_still_waiting_at_a_reset_is_never_placed()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=210;cnumber=2125551234;delay=10")).KeysOf("204");

        using HttpClient control = emulator.ControlClient();
        (await control.PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null)).EnsureSuccessStatusCode();
        emulator.AdvanceSeconds(60);

        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.Network.EndedCalls.Should().BeEmpty("nothing scheduled before a reset happens after it");
    }

    [Fact]
    public async Task After_a_transfer_a_row_shows_the_number_first_called_the_first_answerer_and_the_current_handler()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        JsonElement made = (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=210;cnumber=024;wait=1")).Expect("200");
        var id = new CallId(made.GetProperty("callid").GetString()!);
        emulator.AdvanceSeconds(6);

        emulator.Network.Transfer(new TransferOrder(id, PhoneAddress.ForExtension(new ExtensionNumber("0003", "024")), PhoneAddress.ForSandbox(new ExtensionNumber("0003", "00"))))
            .Succeeded.Should().BeTrue();

        JsonElement rows = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User};callid={id}")).Expect("200");
        rows.EnumerateArray().Select(r => (r.GetProperty("number").GetString(), r.GetProperty("cnumber").GetString(), r.GetProperty("answered_number").GetString(), r.GetProperty("dnumber").GetString()))
            .Should().Equal(("0003*210", "0003*024", "0003*024", "0003*00"), ("0003*00", "0003*024", "0003*024", "0003*00"));
    }

    [Fact]
    public async Task Click_to_call_follows_the_busy_rule_of_uapi_calls()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        JsonElement made = (await client.EnswitchGetAsync($"/api/json/calls/make/?{User};snumber=0003*210;cnumber=5550002;wait=1")).Expect("200");
        emulator.AdvanceSeconds(3);

        emulator.Network.FindCall(new CallId(made.GetProperty("callid").GetString()!))!.Disposition.Should().Be(CallDisposition.Busy);
    }

    [Fact]
    public async Task Without_wait_click_to_call_answers_204_and_with_a_delay_the_call_starts_on_the_clock()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchPostAsync("/api/json/calls/make/", $"{User.Replace(';', '&')}&snumber=210&cnumber=2125551234&delay=10")).Expect("204");
        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.AdvanceSeconds(10);

        emulator.Network.LiveCalls.Should().ContainSingle().Which.Published.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(10));
    }

    [Theory]
    [InlineData("cnumber=2125551234", "snumber", "snumber is missing")]
    [InlineData("snumber=210", "cnumber", "cnumber is missing")]
    [InlineData("snumber=abc;cnumber=2125551234", "snumber", "'abc' is not a phone number")]
    [InlineData("stype=phone;snumber=2125559999;cnumber=2125551234", "snumber", "is a public number, and type phone needs a telephone line")]
    [InlineData("stype=phone;snumber=211;cnumber=2125551234", "snumber", "0003*211 is no telephone line")]
    [InlineData("snumber=0004*210;cnumber=2125551234", "snumber", "0004*210 is a line of another customer")]
    [InlineData("snumber=299;cnumber=2125551234", "snumber", "customer 3 has no line 0003*299")]
    [InlineData("snumber=210;cnumber=0003*210", "cnumber", "cnumber 0003*210 is snumber too")]
    [InlineData("stype=line;snumber=210;cnumber=2125551234", "stype", "stype must be \"phone\"")]
    [InlineData("snumber=210;ctype=queue;cnumber=2125551234", "ctype", "ctype must be \"phone\", \"conference\"")]
    [InlineData("snumber=210;cnumber=2125551234;callerid1=%3C%3E", "callerid1", "callerid1 must be a number")]
    [InlineData("snumber=210;cnumber=2125551234;delay=3601", "delay", "delay must be a whole number from 0 to 3600")]
    [InlineData("snumber=210;cnumber=2125551234;wait=-1", "wait", "wait must be a whole number from 0 to 600")]
    [InlineData("snumber=210;cnumber=2125551234;answer1=2", "answer1", "answer1 is 1 or 0")]
    [InlineData("snumber=210;cnumber=2125551234;customer=4", "customer", "customer 4 does not exist or you may not call in it")]
    [InlineData("snumber=5354353;ctype=conference;cnumber=999", "cnumber", "no conference of your customer has the code 999")]
    public async Task Bad_input_of_calls_make_is_a_400_naming_it_and_places_no_call(string parameters, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/calls/make/?{User};{parameters}");

        answer.KeysOf(answer.Code).Should().Equal(key);
        answer.Responses[0].Message.Should().Contain(message);
        emulator.Network.LiveCalls.Should().BeEmpty();
        emulator.Network.EndedCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task Active_list_shows_the_calls_of_the_customer_only_and_the_reseller_sees_those_below_it()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();
        (await client.EnswitchGetAsync($"/api/json/calls/make/?{Basic};snumber=210;cnumber=2125551234")).Expect("204");

        string[] Ids(JsonElement rows) => [.. rows.EnumerateArray().Select(r => r.GetProperty("uniqueid").GetString()!)];
        JsonElement own = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User}")).Expect("200");
        JsonElement second = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{Basic}")).Expect("200");
        JsonElement all = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{Reseller};customer=all")).Expect("200");
        JsonElement counted = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{Reseller};customer=1;recursive=1;count=1")).Expect("200");

        Ids(own).Should().Equal(
            "0071027198180008c0de.0", "0071027198180008c0de.1", "0071027198180007c0de.0", "0071027198180007c0de.1",
            "b817d2618fe6f1804db1.0", "b817d2618fe6f1804db1.1", "b817d2618fe6f1804333.0", "b817d2618fe6f1804333.1");
        second.EnumerateArray().Should().ContainSingle().Which.GetProperty("number").GetString().Should().Be("0004*210");
        Ids(all).Should().HaveCount(9).And.Contain(Ids(own)).And.Contain(Ids(second));
        counted.GetRawText().Should().Be("""{"count":9}""");
        (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{Reseller}")).Expect("200").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData("direction=in", 2)]
    [InlineData("direction=out", 2)]
    [InlineData("direction=internal", 4)]
    [InlineData("stype=external", 2)]
    [InlineData("snumber=3334;smatch=starts", 2)]
    [InlineData("dnumber=879;dmatch=ends", 2)]
    [InlineData("cnumber=0003*210;cmatch=exact;dtype=phone", 2)]
    [InlineData("phone=0003*210", 2)]
    [InlineData("callid=b817d2618fe6f1804333", 2)]
    [InlineData("callid=nothing", 0)]
    [InlineData("callername_number=John+Doe+%3C3334444", 2)]
    [InlineData("callername_number=%3C3235742879%3E;callername_match=ends", 2)]
    public async Task Active_list_filters_rows_by_direction_type_and_number(string filter, int rows)
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User};{filter}")).Expect("200").GetArrayLength().Should().Be(rows);
    }

    [Theory]
    [InlineData("customer=abc", "customer")]
    [InlineData("customer=4", "customer")]
    [InlineData("direction=sideways", "direction")]
    [InlineData("sort=price", "sort")]
    [InlineData("smatch=like", "smatch")]
    [InlineData("dtype=fax", "dtype")]
    [InlineData("count=yes", "count")]
    public async Task Active_list_refuses_a_bad_parameter_naming_it(string parameter, string key)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{User};{parameter}")).Refusal("400", key);
    }

    [Theory]
    [InlineData("", "400", "callid")]
    [InlineData(";callid=b817d2618fe6f1804db1;uniqueid=b817d2618fe6f1804db1.0", "400", "uniqueid")]
    [InlineData(";callid=ffffffffffffffffffff", "404", "callid")]
    [InlineData(";uniqueid=b817d2618fe6f1804db1.7", "404", "uniqueid")]
    [InlineData(";uniqueid=garbage", "404", "uniqueid")]
    [InlineData(";uniqueid=%20", "400", "callid")]
    public async Task Hangup_needs_one_live_call_or_leg_of_the_customer_and_changes_nothing_otherwise(string parameters, string code, string key)
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/hangup/?{User}{parameters}")).Refusal(code, key);

        emulator.Network.LiveCalls.Should().HaveCount(4);
    }

    [Fact]
    public async Task Another_customer_cannot_hang_up_a_call_it_cannot_see_and_the_operator_of_its_own_customer_can()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/hangup/?{Basic};callid=b817d2618fe6f1804db1")).Refusal("404", "callid");
        (await client.EnswitchGetAsync($"/api/json/calls/hangup/?{Operator};callid=b817d2618fe6f1804db1")).Expect("204");

        emulator.Network.LiveCalls.Select(c => c.Id.Value).Should().BeEquivalentTo("b817d2618fe6f1804333", "0071027198180007c0de", "0071027198180008c0de");
    }
}
