using System.Net;
using System.Text.Json;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.CallEvents.CallEventSubscriptions;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>Create, list, update and delete PhoneCallEvents through the UnifiedAPI, as the vendor's examples do.</summary>
public sealed class PhoneCallEventRouteTests
{
    private const string Events = "/uapi/extensions/@me/0003*210/phoneCallEvents";

    [Fact]
    public async Task A_created_event_is_answered_and_listed_with_every_field_and_its_link()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage created = await client.PostJsonAsync(Events,
            """{"type":"0","method":"1","note":"My phone call event is awesome","url":"http://127.0.0.1:8000/calls?from=emulator","status":"1"}""");
        JsonElement resource = await created.ReadJsonAsync();
        string id = resource.GetProperty("id").GetString()!;
        JsonElement listed = await client.ListAsync(Events);
        JsonElement one = await client.ListAsync($"{Events}/0/{id}");

        created.StatusCode.Should().Be(HttpStatusCode.OK);
        id.Should().MatchRegex("^[A-Za-z0-9]{30}$");
        resource.PropertyNames().Should().Equal("type", "id", "method", "note", "url", "status", "modified", "links");
        resource.GetProperty("type").GetString().Should().Be("0");
        resource.GetProperty("method").GetString().Should().Be("1");
        resource.GetProperty("note").GetString().Should().Be("My phone call event is awesome");
        resource.GetProperty("url").GetString().Should().Be("http://127.0.0.1:8000/calls?from=emulator");
        resource.GetProperty("status").GetString().Should().Be("1");
        resource.GetProperty("modified").GetString().Should().Be("2026-01-01T10:00:00Z");
        resource.GetProperty("links").GetProperty("self").GetString().Should().Be($"http://localhost{Events}/0/{id}");
        listed.SingleEntry().GetRawText().Should().Be(resource.GetRawText());
        listed.GetProperty("totalResults").GetInt32().Should().Be(1);
        listed.GetProperty("itemsPerPage").GetInt32().Should().Be(20);
        one.SingleEntry().GetProperty("id").GetString().Should().Be(id);
        listed.ShouldHaveNoNullFields();
    }

    [Fact]
    public async Task The_v5_form_takes_the_type_from_the_path_numbers_may_be_json_numbers_and_the_defaults_are_get_and_enabled()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage created = await client.PostJsonAsync($"{Events}/2", """{"url":"http://localhost:9/hangup","id":"MyPhoneCallEvent"}""");
        using HttpResponseMessage numbers = await client.PostJsonAsync($"{Events}/", """{"type":1,"url":"http://[::1]:9/out","method":1,"status":0}""");
        JsonElement hangups = await client.ListAsync($"{Events}/2");

        JsonElement resource = await created.ReadJsonAsync();
        resource.GetProperty("id").GetString().Should().Be("MyPhoneCallEvent");
        resource.GetProperty("type").GetString().Should().Be("2");
        resource.GetProperty("method").GetString().Should().Be("0");
        resource.GetProperty("status").GetString().Should().Be("1");
        resource.TryGetProperty("note", out _).Should().BeFalse("null fields are left out");
        JsonElement numbered = await numbers.ReadJsonAsync();
        (numbered.GetProperty("type").GetString(), numbered.GetProperty("method").GetString(), numbered.GetProperty("status").GetString()).Should().Be(("1", "1", "0"));
        hangups.EntryIds().Should().Equal("MyPhoneCallEvent");
    }

    [Fact]
    public async Task An_update_changes_only_the_fields_sent_and_a_delete_removes_the_event()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.SubscribeAsync("@me", "210", 0, "http://127.0.0.1:8000/in");
        emulator.AdvanceSeconds(60);

        using HttpResponseMessage updated = await client.PutJsonAsync($"{Events}/0/{id}", """{"method":"1","note":"I want to use POST for my event"}""");
        JsonElement resource = await updated.ReadJsonAsync();
        using HttpResponseMessage deleted = await client.DeletePathAsync($"{Events}/0/{id}");
        JsonElement after = await client.ListAsync(Events);

        updated.StatusCode.Should().Be(HttpStatusCode.OK);
        resource.GetProperty("method").GetString().Should().Be("1");
        resource.GetProperty("note").GetString().Should().Be("I want to use POST for my event");
        resource.GetProperty("url").GetString().Should().Be("http://127.0.0.1:8000/in", "a field left out keeps its value");
        resource.GetProperty("modified").GetString().Should().Be("2026-01-01T10:01:00Z");
        deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        after.GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task Lists_page_sort_and_keep_only_the_fields_asked_for()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string[] ids = [.. await Task.WhenAll(Enumerable.Range(0, 3).Select(i => client.SubscribeAsync("@me", "210", 2, $"http://localhost/{i}")))];

        JsonElement page = await client.ListAsync($"{Events}?count=2&startIndex=1&sortOrder=descending&fields=id,url");

        JsonElement[] entries = [.. page.GetProperty("entry").EnumerateArray()];
        entries.Should().HaveCount(2);
        entries.Should().AllSatisfy(e => e.PropertyNames().Should().Equal("id", "url"));
        page.GetProperty("totalResults").GetInt32().Should().Be(3);
        page.GetProperty("sorted").GetBoolean().Should().BeTrue();
        page.GetProperty("paging").GetProperty("prev").GetString().Should().Contain("startIndex=0").And.Contain("count=2");
        page.GetProperty("paging").TryGetProperty("next", out _).Should().BeFalse();
        ids.Should().Contain(entries.Select(e => e.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Organization_and_administrator_apps_manage_the_events_of_their_users_extensions_and_reset_forgets_them()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using HttpClient administrator = await emulator.ClientForAsync(SeedApp.Administrator);
        using HttpClient control = emulator.ControlClient();

        await organization.SubscribeAsync("13", "024", 0, "http://localhost/q");
        await organization.SubscribeAsync("@owner", "211", 3, "http://localhost/conference");
        await administrator.SubscribeAsync("20", "0004*210", 1, "http://localhost/admin");
        JsonElement ofJane = await administrator.ListAsync("/uapi/extensions/13/0003*024/phoneCallEvents");
        (await control.PostAsync(new Uri("/emulator/reset", UriKind.Relative), null)).EnsureSuccessStatusCode();
        JsonElement afterReset = await administrator.ListAsync("/uapi/extensions/13/0003*024/phoneCallEvents");

        ofJane.GetProperty("totalResults").GetInt32().Should().Be(1);
        afterReset.GetProperty("totalResults").GetInt32().Should().Be(0);
    }
}
