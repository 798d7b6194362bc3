using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class ControlApiDocumentTests
{
    [Fact]
    public async Task Every_control_route_is_in_the_OpenAPI_document_under_its_own_tag_without_OAuth()
    {
        await using var emulator = new EmulatorFactory();
        using var client = new JsonClient(emulator.CreateClient());

        JsonElement document = (await client.GetAsync("/swagger/v1/swagger.json")).Expect(HttpStatusCode.OK);

        List<(string Path, string Method, JsonElement Operation)> operations = document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/emulator", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (path.Name, op.Name, op.Value)))
            .ToList();
        operations.Select(op => $"{op.Method.ToUpperInvariant()} {op.Path}").Should().BeEquivalentTo(
            "GET /emulator/clock", "PUT /emulator/clock", "POST /emulator/clock/advance",
            "GET /emulator/phones/{number}", "PUT /emulator/phones/{number}", "DELETE /emulator/phones/{number}",
            "POST /emulator/phones/{number}/answer", "POST /emulator/phones/{number}/hangup",
            "POST /emulator/phones/{number}/reject", "POST /emulator/phones/{number}/dtmf",
            "POST /emulator/calls/inbound", "GET /emulator/calls", "GET /emulator/calls/{id}", "POST /emulator/calls/{id}/hangup",
            "GET /emulator/phones", "GET /emulator/conferences", "GET /emulator/conferences/{host}/{number}",
            "POST /emulator/reset", "GET /emulator/ids", "PUT /emulator/ids",
            "GET /emulator/requests", "DELETE /emulator/requests", "GET /emulator/events", "GET /emulator/webhooks/deliveries", "GET /emulator/faxes",
            "GET /emulator/genesys/agents/{userName}", "PUT /emulator/genesys/agents/{userName}");
        operations.Should().AllSatisfy(op =>
        {
            op.Operation.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).Should().Equal("Emulator control");
            (op.Operation.TryGetProperty("security", out JsonElement security) ? security.GetArrayLength() : 0).Should().Be(0);
        });
    }
}
