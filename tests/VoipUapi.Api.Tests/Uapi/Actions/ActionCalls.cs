using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Emulator;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>
/// The connected calls the call-action tests start from, placed through HTTP, and what the tests read back: the
/// UAPI view, the control API's timeline, and the kinds on the event stream.
/// </summary>
internal static class ActionCalls
{
    /// <summary>
    /// 3334444 calls 0003*210, charged to 0003*024 (user 13, placed by the Organization app): view <c>00</c> is 024's
    /// (charged, no party), view <c>01</c> is 210's, as in the vendor's examples. Both answer after 3 s: connected at 6 s.
    /// </summary>
    public static async Task<string> ViewOneCallAsync(EmulatorFactory emulator, string query = "")
    {
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        string id = await organization.PlaceCallAsync(UapiRequests.SimpleCall(["3334444"], ["0003*210"], extension: "0003*024"), $"/uapi/phoneCalls/13/simple{query}");
        emulator.AdvanceSeconds(6);
        return id;
    }

    /// <summary>0003*210 calls 0003*024 (user 12): view <c>00</c> is 210's, <c>01</c> is 024's; connected at 6 s.</summary>
    public static async Task<string> LocalCallAsync(EmulatorFactory emulator, HttpClient user, string query = "")
    {
        string id = await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*024"]), $"{UapiRequests.SimpleCallPath}{query}");
        emulator.AdvanceSeconds(6);
        return id;
    }

    /// <summary>The path of a call as user 12 acts on it, from extension 0003*210.</summary>
    public static string PathOf(string id) => $"/uapi/phoneCalls/@me/0003*210/{id}";

    /// <summary>PUTs an action that must be accepted: 202 with exactly <c>{"id","extension","link"}</c> for the call.</summary>
    public static async Task ActAsync(this HttpClient client, string id, string body, string? path = null)
    {
        using HttpResponseMessage response = await client.PutJsonAsync(path ?? PathOf(id), body);
        JsonElement answer = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "PUT {0} should be accepted, and the answer was {1}", body, answer);
        answer.PropertyNames().Should().Equal("id", "extension", "link");
        answer.GetProperty("id").GetString().Should().Be(id);
    }

    /// <summary>The view of the call with the id <paramref name="viewId"/>, as user 12 lists it from 0003*210.</summary>
    public static async Task<JsonElement> ViewAsync(this HttpClient client, string id, string viewId)
    {
        JsonElement call = (await client.ListAsync(PathOf(id))).SingleEntry();
        call.ShouldHaveNoNullFields();
        return call.GetProperty("phoneCallView").EnumerateArray().Single(view => view.GetProperty("id").GetString() == viewId);
    }

    /// <summary>The call's events in its control-API timeline (<c>GET /emulator/calls/{id}</c>), as <c>kind phone</c>.</summary>
    public static async Task<List<string>> TimelineAsync(EmulatorFactory emulator, string id) =>
        [.. (await TimelineEventsAsync(emulator, id)).Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("phone").GetString()}".TrimEnd())];

    /// <summary>The call's timeline events whose kind starts with <paramref name="kindPrefix"/>, as <c>kind phone detail</c>.</summary>
    public static async Task<List<string>> TimelineDetailsAsync(EmulatorFactory emulator, string id, string kindPrefix) =>
        [.. (await TimelineEventsAsync(emulator, id))
            .Where(e => e.GetProperty("kind").GetString()!.StartsWith(kindPrefix, StringComparison.Ordinal))
            .Select(e => $"{e.GetProperty("kind").GetString()} {e.GetProperty("phone").GetString()} {e.GetProperty("detail").GetString()}")];

    private static async Task<List<JsonElement>> TimelineEventsAsync(EmulatorFactory emulator, string id)
    {
        using var control = new JsonClient(emulator.ControlClient());
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);
        return [.. call.GetProperty("timeline").EnumerateArray()];
    }

    /// <summary>The kinds of the call's events as the event stream (<c>GET /emulator/events?lastEventId=0</c>) replays them.</summary>
    public static async Task<List<string>> StreamedKindsAsync(EmulatorFactory emulator, string id)
    {
        using HttpClient control = emulator.ControlClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using HttpResponseMessage response = await control.GetAsync(new Uri("/emulator/events?lastEventId=0", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var stream = new ServerSentEventReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        List<ServerSentEvent> events = await stream.NextAsync((int)emulator.Network.Events.LastSequence, timeout.Token);
        return [.. events
            .Select(e => (e.Event, Data: JsonDocument.Parse(e.Data).RootElement))
            .Where(e => e.Data.GetProperty("callId").GetString() == id)
            .Select(e => e.Event!)];
    }
}
