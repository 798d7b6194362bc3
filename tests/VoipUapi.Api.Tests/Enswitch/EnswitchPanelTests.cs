using System.Text.Json;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>calls/active/list/panel</c>: the rows of one customer's live calls, for the panel role.</summary>
public sealed class EnswitchPanelTests
{
    [Fact]
    public async Task The_panel_lists_the_rows_calls_active_list_gives_for_the_customer_by_start()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        (await client.EnswitchGetAsync($"/api/json/calls/make/?{Operator};snumber=210;cnumber=2125551234;wait=1")).Expect("200");
        emulator.AdvanceSeconds(1);
        (await client.EnswitchGetAsync($"/api/json/calls/make/?{Operator};snumber=024;cnumber=2125551235;wait=1")).Expect("200");
        emulator.AdvanceSeconds(6);

        JsonElement panel = (await client.EnswitchGetAsync($"/api/json/calls/active/list/panel/?{Operator}")).Expect("200");
        JsonElement list = (await client.EnswitchGetAsync($"/api/json/calls/active/list/?{Operator}")).Expect("200");

        panel.GetArrayLength().Should().Be(4, "two calls, each a ringing or answered leg on both sides");
        panel.GetRawText().Should().Be(list.GetRawText(), "the same rows, by start");
        panel[0].GetProperty("uniqueid").GetString().Should().NotBeNullOrEmpty();
        panel[0].GetProperty("start").GetInt64().Should().BeLessThan(panel[3].GetProperty("start").GetInt64());
    }

    [Theory]
    [InlineData("all")]
    [InlineData("99")]
    [InlineData("%20")]
    public async Task A_customer_that_is_not_the_id_of_a_visible_customer_is_refused_naming_the_field(string customer)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/calls/active/list/panel/?{Operator};customer={customer}");

        answer.Refusal("400", "customer").Should().Contain("id of a customer you may see");
    }

    [Fact]
    public async Task An_account_without_the_panel_privilege_gets_402()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/calls/active/list/panel/?{User}");

        answer.Refusal("402").Should().NotBeNullOrEmpty();
    }
}
