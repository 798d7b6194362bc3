using System.Net;
using SeedException = VoipUapi.Telephony.Seeding.SeedException;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>The seed's <c>dialects.unifiedapi</c> section: PhoneCallEvents there from the start and after every reset.</summary>
public sealed class UapiSeedTests : IDisposable
{
    private const string Network = """
        "organizations": [{ "id": 3, "code": "0003", "name": "Default Organization" }],
        "users": [{ "id": 12, "organizationId": 3, "name": "John Doe" }],
        "extensions": [
          { "number": "0003*210", "type": "phoneTerminal", "ownerId": 12, "callerId": "John Doe <4242425>" },
          { "number": "0003*299", "type": "voicemailCenter", "ownerId": 12, "callerId": "Voicemail <4242499>" }
        ],
        "apps": [{ "clientId": "uapi-user-app", "clientSecret": "uapi-user-secret", "account": "user", "accountId": 12 }],
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"voipuapi-uapi-seed-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task A_seeded_event_is_listed_from_the_start_and_comes_back_after_a_reset_while_created_ones_go()
    {
        await File.WriteAllTextAsync(_path, $$"""
            { {{Network}} "dialects": { "unifiedapi": { "phoneCallEvents": [
              { "extension": "0003*210", "type": 0, "id": "Seeded", "url": "http://localhost:9/in", "note": "from the seed" } ] } } }
            """);
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.SubscribeAsync("@me", "210", 1, "http://localhost:9/out");
        (await client.DeletePathAsync("/uapi/extensions/@me/210/phoneCallEvents/0/Seeded")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await emulator.ControlClient().PostAsync(new Uri("/emulator/reset", UriKind.Relative), null)).EnsureSuccessStatusCode();
        System.Text.Json.JsonElement listed = await client.ListAsync("/uapi/extensions/@me/210/phoneCallEvents");

        listed.EntryIds().Should().Equal("Seeded");
        listed.SingleEntry().GetProperty("note").GetString().Should().Be("from the seed");
        listed.SingleEntry().GetProperty("status").GetString().Should().Be("1");
    }

    [Fact]
    public async Task A_voicemail_center_has_no_call_events()
    {
        await File.WriteAllTextAsync(_path, $$"""{ {{Network.TrimEnd().TrimEnd(',')}} }""");
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage refused = await client.PostJsonAsync("/uapi/extensions/@me/299/phoneCallEvents", """{"type":"0","url":"http://localhost/"}""");
        using HttpResponseMessage listed = await client.GetPathAsync("/uapi/extensions/@me/0003*299/phoneCallEvents");

        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid")).Should().Contain("VoicemailCenter").And.Contain("Phone Terminal, Queue, Conference or IVR");
        await listed.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "extension_invalid");
    }

    [Theory]
    [InlineData("""{ "extension": "0003*999", "type": 0, "id": "A", "url": "http://localhost/" }""", "extension '0003*999' is no extension of the seed")]
    [InlineData("""{ "extension": "0003*299", "type": 0, "id": "A", "url": "http://localhost/" }""", "VoicemailCenter extension")]
    [InlineData("""{ "extension": "0003*210", "type": 7, "id": "A", "url": "http://localhost/" }""", "type must be 0 to 4")]
    [InlineData("""{ "extension": "0003*210", "type": 0, "id": "a-b", "url": "http://localhost/" }""", "id 'a-b'")]
    [InlineData("""{ "extension": "0003*210", "type": 0, "id": "A", "url": "http://example.com/" }""", "Uapi:Webhooks:AllowedHosts")]
    [InlineData("""{ "extension": "0003*210", "type": 0, "id": "A", "url": "http://localhost/", "colour": "red" }""", "colour")]
    public async Task A_bad_entry_stops_the_emulator_from_starting_and_names_it(string entry, string message)
    {
        await File.WriteAllTextAsync(_path, $$"""{ {{Network}} "dialects": { "unifiedapi": { "phoneCallEvents": [ {{entry}} ] } } }""");
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);

        Action start = () => emulator.CreateClient();

        start.Should().Throw<SeedException>().WithMessage($"seed {_path}: dialects.unifiedapi*{message}*");
    }

    public void Dispose() => File.Delete(_path);
}
