using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

/// <summary>Creates PhoneCallEvents the way a client does, for the tests of what they make the emulator send.</summary>
internal static class CallEventSubscriptions
{
    /// <summary>POSTs a PhoneCallEvent to <c>/uapi/extensions/{userId}/{extension}/phoneCallEvents</c>, which must be created; answers its id.</summary>
    public static async Task<string> SubscribeAsync(this HttpClient client, string userId, string extension, int type, string url, int method = 0, int? status = null)
    {
        var body = new JsonObject { ["type"] = type.ToString(System.Globalization.CultureInfo.InvariantCulture), ["url"] = url, ["method"] = method };
        if (status is not null)
        {
            body["status"] = status;
        }

        using HttpResponseMessage created = await client.PostJsonAsync(PathOf(userId, extension), body.ToJsonString());
        string text = await created.Content.ReadAsStringAsync();
        created.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
    }

    public static string PathOf(string userId, string extension) => $"/uapi/extensions/{userId}/{extension}/phoneCallEvents";

    /// <summary>The vendor's nine parameters, as a request of a call event must carry them.</summary>
    public static Dictionary<string, string> Parameters(
        string callId, string callerNumber, string callerName, string calledDid, string calledExtension, string callerExtension, string calledNumber, string status, string flow) =>
        new(StringComparer.Ordinal)
        {
            ["CallID"] = callId,
            ["CallerIDNum"] = callerNumber,
            ["CallerIDName"] = callerName,
            ["CalledDID"] = calledDid,
            ["CalledExtension"] = calledExtension,
            ["CallerExtension"] = callerExtension,
            ["CalledNumber"] = calledNumber,
            ["CallStatus"] = status,
            ["CallFlow"] = flow,
        };
}
