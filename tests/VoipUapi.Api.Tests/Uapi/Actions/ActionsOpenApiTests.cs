using System.Text.Json;
using System.Text.Json.Nodes;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Uapi.Actions.ActionCalls;

namespace VoipUapi.Api.Tests.Uapi.Actions;

/// <summary>The PUT actions and the callback in the OpenAPI document: what they answer, and an example body that works.</summary>
public sealed class ActionsOpenApiTests
{
    [Theory]
    [InlineData("/uapi/phoneCalls/{userId}/{extension}/{phoneCallId}", "put", "Acts on one call", "202")]
    [InlineData("/uapi/phoneCalls/{userId}/{extension}", "put", "Acts on every call of the extension", "202,204")]
    [InlineData("/uapi/phoneCalls/{userId}/callback", "post", "Creates a callback call", "202")]
    public async Task The_operation_is_documented_with_its_summary_and_the_answers_it_gives(string path, string method, string summary, string successes)
    {
        await using var emulator = new EmulatorFactory();

        JsonElement operation = (await DocumentAsync(emulator)).GetProperty("paths").GetProperty(path).GetProperty(method);

        operation.GetProperty("summary").GetString().Should().StartWith(summary);
        operation.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).Should().Equal("UnifiedAPI phone calls");
        operation.GetProperty("responses").EnumerateObject().Select(response => response.Name)
            .Should().BeEquivalentTo(["400", "401", "413", .. successes.Split(',')], "an operation that takes a body also answers 413 over the body limit");
    }

    [Fact]
    public async Task The_body_the_documents_examples_make_is_an_action_that_works()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        string id = await ViewOneCallAsync(emulator);
        JsonElement schema = (await DocumentAsync(emulator)).GetProperty("components").GetProperty("schemas").GetProperty("PhoneCallAction");
        var body = new JsonObject();
        foreach (JsonProperty property in schema.GetProperty("properties").EnumerateObject())
        {
            body[property.Name] = property.Value.GetProperty("example").GetString();
        }

        await user.ActAsync(id, body.ToJsonString());

        body["action"]!.GetValue<string>().Should().Be("OnHold");
        emulator.Network.FindLiveCall(new Telephony.Calls.CallId(id))!.Hold.Should().NotBeNull("the example holds the call from view 01, the other fields checked and unused");
    }

    private static async Task<JsonElement> DocumentAsync(EmulatorFactory emulator)
    {
        using HttpClient client = emulator.CreateClient();
        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        return document.RootElement.Clone();
    }
}
