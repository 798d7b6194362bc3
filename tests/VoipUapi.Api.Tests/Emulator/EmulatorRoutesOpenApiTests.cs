using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The journal and event routes in the OpenAPI document, under the "Emulator control" tag.</summary>
public sealed class EmulatorRoutesOpenApiTests
{
    [Theory]
    [InlineData("/emulator/requests", "get")]
    [InlineData("/emulator/requests", "delete")]
    [InlineData("/emulator/events", "get")]
    public async Task Route_is_documented_under_the_emulator_control_tag(string path, string method)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

        JsonElement operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method);
        operation.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).Should().Equal("Emulator control");
    }

    [Fact]
    public async Task Event_stream_is_documented_as_text_event_stream()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

        document.RootElement.GetProperty("paths").GetProperty("/emulator/events").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content").EnumerateObject().Select(content => content.Name)
            .Should().Equal("text/event-stream");
    }
}
