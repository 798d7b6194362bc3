using System.Net;
using System.Text;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Seeds;

/// <summary>The three requests of seed 001 (Create Simple PhoneCalls), sent as printed.</summary>
public sealed class SimpleCallSeedExamplesTests
{
    private const string PublicNumbersPayload = """
        {
          "extension": "210",
          "phoneCallView": [
            {
              "source": ["5354353", "5302040"],
              "destination": ["3235742879"],
              "callerId": "John Doe <4242425>"
            }
          ]
        }
        """;

    [Fact]
    public async Task Call_between_two_public_numbers_is_accepted_and_rings_both_sources()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostAsync(new Uri("/uapi/phoneCalls/@me/simple", UriKind.Relative),
            new StringContent(PublicNumbersPayload, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement created = body.RootElement.EnumerateArray().Single();
        string id = created.GetProperty("id").GetString()!;
        id.Should().MatchRegex("^[0-9a-f]{20}$");
        created.GetProperty("extension").GetString().Should().Be("210");
        created.GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/210/{id}");
        emulator.Network.LiveCalls.Single().Legs.Select(leg => leg.Phone.Value).Should().Equal("5354353", "5302040");
    }
}
