using System.Net;
using System.Text;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.BadInput;

/// <summary>Whatever a client sends, the answer is a 2xx or a 4xx in the UAPI envelope: never a 500, never a stack trace.</summary>
public sealed class NastyInputNeverFailsTests
{
    private const string View = "\"phoneCallView\":[{\"source\":[\"5354353\"],\"destination\":[\"5353535\"]}]";

    private static readonly string[] NastyBodies =
    [
        "", " ", "null", "{}", "[]", "[{}]", "\"x\"", "true", "1e999", "{", "}", "{]", "{\"extension\"}", "{\"extension\":}",
        "{\"phoneCallView\":null}", "{\"phoneCallView\":[null]}", "{\"phoneCallView\":[{}]}", "{\"phoneCallView\":[{},{}]}",
        "{\"phoneCallView\":[{\"source\":null,\"destination\":null}]}",
        "{\"phoneCallView\":[{\"source\":[\"\"],\"destination\":[\"\"]}]}",
        "{\"phoneCallView\":[{\"source\":[\"*\"],\"destination\":[\"+\"]}]}",
        "{\"phoneCallView\":[{\"source\":[\"0003*00\"],\"destination\":[\"0003*00\"]}]}",
        "{\"phoneCallView\":[{\"source\":[\"0003*210\"],\"destination\":[\"0003*210\"]}]}",
        "{\"phoneCallView\":[{\"source\":[1e400],\"destination\":[-0]}]}",
        "{\"phoneCallView\":[{\"source\":[1.5e3],\"destination\":[0x10]}]}",
        "{\"phoneCallView\":[{\"source\":[true],\"destination\":[false]}]}",
        "{\"phoneCallView\":[{\"source\":\"\",\"destination\":\"\"}]}",
        $$"""{"extension":"@self",{{View}}}""",
        $$"""{"extension":"0003*",{{View}}}""",
        $$"""{"extension":"*",{{View}}}""",
        $$"""{"extension":"*00",{{View}}}""",
        $$"""{"extension":"0003*00",{{View}}}""",
        $$"""{"extension":"0004*210",{{View}}}""",
        $$"""{"extension":"99999999999999999999999999",{{View}}}""",
        $$"""{"extension":"0003*2100000000",{{View}}}""",
        $$"""{"extension":" 210 ",{{View}}}""",
        $$"""{"extension":"２１０",{{View}}}""",
        $$"""{"extension":"210\u0000",{{View}}}""",
        $$"""{"extension":"\uD800",{{View}}}""",
        $$"""{"extension":"210","extension":"211",{{View}}}""",
        $$"""{"extension":"210","nonce":"ñandú",{{View}}}""",
        $$"""{"extension":"210","nonce":"{{new string('n', 129)}}",{{View}}}""",
        $$"""{"extension":"210","phoneCallView":[{"source":["{{new string('5', 60_000)}}"],"destination":["5353535"]}]}""",
        $$"""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerId":"{{new string('a', 10_000)}} <1>"}]}""",
        $$"""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerId":"<{{new string('1', 100)}}>"}]}""",
        """{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerId":null,"callerIdDestination":null,"nonce":null}],"nonce":null}""",
        new string('[', 10_000) + new string(']', 10_000),
        "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 201),
        "<xml/>",
        "extension=210&source=5354353&destination=5353535",
    ];

    private static readonly byte[][] NastyBytes =
    [
        [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D],
        [.. Encoding.UTF8.GetBytes("{\"extension\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}")],
        [.. Encoding.UTF8.GetBytes("{\"nonce\":\""), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"}")],
        [0x00, 0x00, 0x00, 0x00],
        Encoding.Unicode.GetBytes($$"""{"extension":"210",{{View}}}"""),
    ];

    /// <summary>No %00 in a path: the test host itself refuses to build such a request (Kestrel answers 400 before the app).</summary>
    private static readonly (string Method, string Path)[] NastyRequests =
    [
        ("POST", "/uapi/phoneCalls/%01/simple"),
        ("POST", "/uapi/phoneCalls/99999999999999999999/simple"),
        ("POST", "/uapi/phoneCalls/@me/simple?waitForPickup=99999999999999999999&callDuration=1e3"),
        ("POST", "/uapi/phoneCalls/@me/simple?waitForPickup=%00&allowPublicTransfer=%FF"),
        ("GET", "/uapi/phoneCalls/@me/%01"),
        ("GET", "/uapi/phoneCalls/@me/%2F%2F"),
        ("GET", "/uapi/phoneCalls/@me%20/0003*210"),
        ("GET", "/uapi/phoneCalls/@me/0003*210%20"),
        ("GET", "/uapi/phoneCalls/@me/0003*210/%E2%80%AE"),
        ("GET", "/uapi/phoneCalls/@me/0003*210/" + new string('a', 2000)),
        ("GET", "/uapi/phoneCalls/@me/0003*210?count=99999999999999999999&startIndex=-0"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?startIndex=5000&count=5000"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?filterBy=published&filterOp=equals&filterValue=9999-12-31T23:59:59-14:00"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?filterBy=published&filterOp=greaterThan&filterValue=0001-01-01T00:00:00%2B14:00"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?filterBy=published&filterOp=lessThan&filterValue=9999-12-31T23:59:59Z"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?filterBy=id&filterOp=inArray&filterValue=,,,"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?filterBy=id&filterOp=present"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?fields=id,,,id&sortOrder=descending"),
        ("GET", "/uapi/phoneCalls/@me/0003*210?count=1&count=2&startIndex=a&startIndex=1"),
        ("DELETE", "/uapi/phoneCalls/@me/0003*210?phoneNumber=%00"),
        ("DELETE", "/uapi/phoneCalls/@me/0003*210?phoneNumber=+"),
        ("DELETE", "/uapi/phoneCalls/@me/@self/%FF?phoneNumber=0003*00"),
        ("DELETE", "/uapi/phoneCalls/@owner/@self"),
    ];

    [Fact]
    public async Task Nasty_bodies_get_a_UAPI_answer_never_a_500()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        foreach (byte[] body in NastyBodies.Select(Encoding.UTF8.GetBytes).Concat(NastyBytes))
        {
            using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(UapiRequests.SimpleCallPath), UapiRequests.Body(body));

            await ShouldBeHandledAsync(response, $"POST simple with {Describe(body)}");
        }
    }

    [Fact]
    public async Task Nasty_paths_and_queries_get_a_UAPI_answer_never_a_500()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5354353"], ["5353535"]));

        foreach ((string method, string path) in NastyRequests)
        {
            using HttpResponseMessage response = await client.SendPathAsync(new HttpMethod(method), path,
                UapiRequests.SimpleCall(["5302040"], ["3235742879"]));

            await ShouldBeHandledAsync(response, $"{method} {path}");
        }
    }

    private static async Task ShouldBeHandledAsync(HttpResponseMessage response, string request)
    {
        string text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().BeLessThan(500, "{0} answered {1}", request, text);
        if ((int)response.StatusCode >= 400)
        {
            UapiRequests.ShouldBeEnvelope(text, response.Content.Headers.ContentType);
        }
    }

    private static string Describe(byte[] body)
    {
        string text = Encoding.UTF8.GetString(body);
        return text.Length <= 120 ? text : $"{text[..120]}… ({body.Length} bytes)";
    }
}
