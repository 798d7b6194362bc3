using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Uapi;

/// <summary>
/// How the tests talk UnifiedAPI: relative paths, JSON bodies, create payloads, and the checks every answer gets
/// (the exact error envelope <c>{"error":{"code":…,"message":…}}</c>, collections without null fields).
/// </summary>
internal static class UapiRequests
{
    public const string SimpleCallPath = "/uapi/phoneCalls/@me/simple";

    public const string ConferenceInvitePath = "/uapi/phoneCalls/@me/conferenceInvite";

    /// <summary>A path such as <c>/uapi/phoneCalls/@me/210</c>, or a link the emulator handed out.</summary>
    public static Uri Relative(string path) => new(path, UriKind.RelativeOrAbsolute);

    /// <summary>A body sent as is, with the Content-Type given (none when <paramref name="mediaType"/> is null).</summary>
    public static ByteArrayContent Body(string text, string? mediaType = "application/json") => Body(Encoding.UTF8.GetBytes(text), mediaType);

    public static ByteArrayContent Body(byte[] bytes, string? mediaType = "application/json")
    {
        var content = new ByteArrayContent(bytes);
        if (mediaType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        return content;
    }

    /// <summary>A create payload with one view; <paramref name="extension"/> is left out when null.</summary>
    public static string SimpleCall(
        string[] source,
        string[] destination,
        string? extension = "210",
        string? callerId = null,
        string? callerIdDestination = null,
        string? nonce = null)
    {
        var view = new JsonObject
        {
            ["source"] = new JsonArray(source.Select(n => (JsonNode?)n).ToArray()),
            ["destination"] = new JsonArray(destination.Select(n => (JsonNode?)n).ToArray()),
        };
        if (callerId is not null)
        {
            view["callerId"] = callerId;
        }

        if (callerIdDestination is not null)
        {
            view["callerIdDestination"] = callerIdDestination;
        }

        var payload = new JsonObject();
        if (extension is not null)
        {
            payload["extension"] = extension;
        }

        payload["phoneCallView"] = new JsonArray(view);
        if (nonce is not null)
        {
            payload["nonce"] = nonce;
        }

        return payload.ToJsonString();
    }

    /// <summary>A conference invite payload: the Conference extension (also the source) and the destinations.</summary>
    public static string ConferenceInvite(string[] destination, string? extension = "211", string[]? source = null, string? callerId = null) =>
        SimpleCall(source ?? [extension ?? "211"], destination, extension, callerId);

    /// <summary>A PickUp body; a field left null is left out.</summary>
    public static string PickUp(string? sendCallTo = "0003*024", string? phoneCallViewId = "01", string? callerId = null, string? waitForPickup = null, string? action = "PickUp")
    {
        var body = new JsonObject();
        foreach ((string name, string? value) in new[] { ("action", action), ("sendCallTo", sendCallTo), ("callerId", callerId), ("waitForPickup", waitForPickup), ("phoneCallViewId", phoneCallViewId) })
        {
            if (value is not null)
            {
                body[name] = value;
            }
        }

        return body.ToJsonString();
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, string json) => client.SendPathAsync(HttpMethod.Put, path, json);

    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) => client.GetAsync(Relative(path));

    public static Task<HttpResponseMessage> DeletePathAsync(this HttpClient client, string path) => client.DeleteAsync(Relative(path));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json, string? mediaType = "application/json") =>
        client.PostAsync(Relative(path), Body(json, mediaType));

    public static async Task<HttpResponseMessage> SendPathAsync(this HttpClient client, HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, Relative(path));
        if (json is not null)
        {
            request.Content = Body(json);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Places a call that must be accepted (202) and returns its id.</summary>
    public static async Task<string> PlaceCallAsync(this HttpClient client, string json, string path = SimpleCallPath)
    {
        using HttpResponseMessage response = await client.PostJsonAsync(path, json);
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the call {0} to {1} should be accepted, and the answer was {2}", json, path, text);
        return JsonDocument.Parse(text).RootElement.EnumerateArray().Single().GetProperty("id").GetString()!;
    }

    /// <summary>GETs a collection that must be answered with 200 and returns its root.</summary>
    public static async Task<JsonElement> ListAsync(this HttpClient client, string path)
    {
        using HttpResponseMessage response = await client.GetPathAsync(path);
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "GET {0} should list calls, and the answer was {1}", path, text);
        return Parse(text);
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Asserts the status and the exact UAPI envelope (one <c>error</c> object holding only <c>code</c> and <c>message</c>)
    /// with <paramref name="code"/>, and returns the message.
    /// </summary>
    public static async Task<string> ShouldBeUapiErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        string text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the answer was {0}", text);
        string message = ShouldBeEnvelope(text, response.Content.Headers.ContentType);
        Parse(text).GetProperty("error").GetProperty("code").GetString().Should().Be(code, "the answer was {0}", text);
        return message;
    }

    /// <summary>Asserts <paramref name="text"/> is exactly <c>{"error":{"code":"…","message":"…"}}</c> and returns the message.</summary>
    public static string ShouldBeEnvelope(string text, MediaTypeHeaderValue? contentType)
    {
        contentType?.MediaType.Should().Be("application/json", "error answers are JSON, and the answer was {0}", text);
        JsonElement root = Parse(text);
        root.ValueKind.Should().Be(JsonValueKind.Object, "the answer was {0}", text);
        root.PropertyNames().Should().Equal(["error"], "the envelope holds only the error, and the answer was {0}", text);
        JsonElement error = root.GetProperty("error");
        error.PropertyNames().Should().Equal(["code", "message"], "the error holds only code and message, and the answer was {0}", text);
        error.GetProperty("code").ValueKind.Should().Be(JsonValueKind.String);
        error.GetProperty("code").GetString().Should().MatchRegex("^[a-z_]+$");
        error.GetProperty("message").ValueKind.Should().Be(JsonValueKind.String);
        string message = error.GetProperty("message").GetString()!;
        message.Should().NotBeNullOrWhiteSpace();
        message.Should().NotContain("   at ", "no stack trace leaks into an answer");
        return message;
    }

    public static string[] PropertyNames(this JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>Asserts that no value anywhere under <paramref name="element"/> is JSON null: the vendor leaves null fields out.</summary>
    public static void ShouldHaveNoNullFields(this JsonElement element, string path = "$")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                throw new Xunit.Sdk.XunitException($"{path} is null; null fields must be left out");
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    property.Value.ShouldHaveNoNullFields($"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    item.ShouldHaveNoNullFields($"{path}[{index++}]");
                }

                break;
        }
    }

    /// <summary>The ids of the entries of a collection, in order.</summary>
    public static string[] EntryIds(this JsonElement collection) =>
        collection.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    /// <summary>The only entry of a collection.</summary>
    public static JsonElement SingleEntry(this JsonElement collection) => collection.GetProperty("entry").EnumerateArray().Single();

    private static JsonElement Parse(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
