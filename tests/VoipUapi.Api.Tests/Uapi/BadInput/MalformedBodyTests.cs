using System.Net;
using System.Text;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.BadInput;

/// <summary>Bodies that cannot be read as a PhoneCall: each gets the UAPI error of what broke, never a 500.</summary>
public sealed class MalformedBodyTests
{
    [Fact]
    public async Task Malformed_JSON_is_request_invalid_naming_line_and_position()
    {
        string message = await RefusedAsync("""{"extension":"210",phoneCallView:[}""", HttpStatusCode.BadRequest, "request_invalid");

        message.Should().Contain("not valid JSON").And.Contain("line 1, position 20");
    }

    [Fact]
    public async Task Malformed_JSON_on_a_later_line_names_that_line()
    {
        string message = await RefusedAsync("{\n  \"extension\": \"210\",\n  \"phoneCallView\": [{\"callerId:\"John Doe <42420042>\"}]\n}",
            HttpStatusCode.BadRequest, "request_invalid");

        message.Should().Contain("line 3");
    }

    [Theory]
    [InlineData("""{"extension":"210","phoneCallView":"x"}""", "pc_source_invalid", "phoneCallView")]
    [InlineData("""{"extension":"210","phoneCallView":{"source":["5354353"]}}""", "pc_source_invalid", "phoneCallView")]
    [InlineData("""{"extension":"210","phoneCallView":[5]}""", "pc_source_invalid", "phoneCallView")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":{},"destination":["5353535"]}]}""", "pc_source_invalid", "source")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":[null],"destination":["5353535"]}]}""", "pc_source_invalid", "source")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":[["5354353"]],"destination":["5353535"]}]}""", "pc_source_invalid", "source")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":{}}]}""", "pc_destination_invalid", "destination")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":true}]}""", "pc_destination_invalid", "destination")]
    [InlineData("""{"extension":{},"phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""", "extension_invalid", "extension")]
    [InlineData("""{"extension":["210"],"phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""", "extension_invalid", "extension")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerId":5}]}""", "pc_callerid_invalid", "callerId")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerId":{}}]}""", "pc_callerid_invalid", "callerId")]
    [InlineData("""{"extension":"210","nonce":{},"phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""", "pc_nonce_invalid", "nonce")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"nonce":[]}]}""", "pc_nonce_invalid", "nonce")]
    public async Task Field_of_the_wrong_JSON_type_is_that_fields_error(string payload, string code, string field)
    {
        string message = await RefusedAsync(payload, HttpStatusCode.BadRequest, code);

        message.Should().Contain(field).And.Contain("wrong JSON type");
    }

    [Theory]
    [InlineData("callerIdDestination")]
    [InlineData("callerDestination")]
    public async Task Destination_caller_id_of_the_wrong_JSON_type_is_pc_callerid_invalid(string field)
    {
        string message = await RefusedAsync($$"""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"{{field}}":5}]}""",
            HttpStatusCode.BadRequest, "pc_callerid_invalid");

        message.Should().Contain(field);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("null", "JSON null")]
    public async Task Empty_or_null_body_is_request_invalid(string body, string detail)
    {
        string message = await RefusedAsync(body, HttpStatusCode.BadRequest, "request_invalid");

        message.Should().Contain(detail).And.Contain("send a JSON object");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"210\"")]
    [InlineData("42")]
    public async Task Body_that_is_not_an_object_is_request_invalid(string body)
    {
        await RefusedAsync(body, HttpStatusCode.BadRequest, "request_invalid");
    }

    [Fact]
    public async Task Body_over_64_KB_is_request_too_large()
    {
        string padding = new('x', 70 * 1024);
        string body = $$"""{"extension":"210","note":"{{padding}}","phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""";

        string message = await RefusedAsync(body, HttpStatusCode.RequestEntityTooLarge, "request_too_large");

        message.Should().Contain("Uapi:MaxRequestBodyBytes");
    }

    [Fact]
    public async Task Chunked_body_over_64_KB_is_request_too_large()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        using var content = new UnsizedContent(Encoding.UTF8.GetBytes($$"""{"extension":"210","note":"{{new string('x', 70 * 1024)}}"}"""));

        using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(UapiRequests.SimpleCallPath), content);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.RequestEntityTooLarge, "request_too_large");
    }

    [Fact]
    public async Task Body_limit_follows_the_configuration()
    {
        await using var emulator = new EmulatorFactory().With("Uapi:MaxRequestBodyBytes", "1024");
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string body = $$"""{"extension":"210","note":"{{new string('x', 2048)}}","phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""";

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath, body);

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.RequestEntityTooLarge, "request_too_large");
    }

    private static async Task<string> RefusedAsync(string body, HttpStatusCode status, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath, body);

        string message = await response.ShouldBeUapiErrorAsync(status, code);
        emulator.Network.LiveCalls.Should().BeEmpty();
        return message;
    }

    /// <summary>A body sent without Content-Length (chunked), as streaming clients do.</summary>
    private sealed class UnsizedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
