using System.Net;
using System.Text;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Seeds;

/// <summary>The requests of seed 001 (Create Simple PhoneCalls), sent as printed.</summary>
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

    private const string ModelExamplePayload = """
        {
          "extension": "210",
          "phoneCallView": [
            {
              "source": ["5354353", "5302040"],
              "destination": ["5353535"],
              "callerId": "John Doe <4242425>"
            }
          ]
        }
        """;

    private const string AdministratorPayload = """
        {
          "extension": "0003*210",
          "phoneCallView": [
            {
              "source": [ "5354353", "5302040" ],
              "destination": [ "3235742879" ],
              "callerId": "John Doe <4242425>"
            }
          ]
        }
        """;

    private const string SandboxPayload = """
        {
          "extension": "0003*210",
          "phoneCallView": [
            {
              "source": [ "0003*210" ],
              "destination": [ "0003*00" ],
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

    [Fact]
    public async Task Model_example_to_5353535_is_accepted_and_charged_to_extension_210()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/@me/simple", ModelExamplePayload);

        JsonElement created = await ShouldBeCreatedAsync(response, "210");
        string id = created.GetProperty("id").GetString()!;
        created.GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/@me/210/{id}");
        Call call = emulator.Network.LiveCalls.Single();
        call.Id.Value.Should().Be(id);
        call.Extension.ToString().Should().Be("0003*210");
        call.OwnerUserId.Should().Be(12);
        call.Destinations.Select(d => d.Value).Should().Equal("5353535");
        call.SourceCallerId.ToString().Should().Be("John Doe <4242425>");
    }

    [Fact]
    public async Task Call_as_Administrator_for_user_12_is_accepted_with_the_extended_number()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Administrator);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/12/simple", AdministratorPayload);

        JsonElement created = await ShouldBeCreatedAsync(response, "0003*210");
        string id = created.GetProperty("id").GetString()!;
        Call call = emulator.Network.LiveCalls.Single();
        call.Id.Value.Should().Be(id);
        call.OwnerUserId.Should().Be(12);
        call.Legs.Select(leg => leg.Phone.Value).Should().Equal("5354353", "5302040");

        // The seed prints @me in the link, which an Administrator app may not use; the link names user 12 instead, so it works.
        string self = created.GetProperty("link").GetProperty("self").GetString()!;
        self.Should().Be($"http://localhost/uapi/phoneCalls/12/0003*210/{id}");
        JsonElement listed = await client.ListAsync(self);
        listed.EntryIds().Should().Equal(id);
    }

    [Fact]
    public async Task Sandbox_call_is_accepted_and_connected_once_the_source_answers()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync("/uapi/phoneCalls/12/simple", SandboxPayload);

        JsonElement created = await ShouldBeCreatedAsync(response, "0003*210");
        string id = created.GetProperty("id").GetString()!;
        created.GetProperty("link").GetProperty("self").GetString().Should().Be($"http://localhost/uapi/phoneCalls/12/0003*210/{id}");

        JsonElement ringing = (await client.ListAsync($"/uapi/phoneCalls/@me/0003*210/{id}")).SingleEntry();
        ringing.GetProperty("phoneCallView")[0].GetProperty("status").GetString().Should().Be("3", "the source rings for 3 seconds first");
        ringing.TryGetProperty("answered", out _).Should().BeFalse();

        emulator.AdvanceSeconds(3);

        JsonElement connected = (await client.ListAsync($"/uapi/phoneCalls/@me/0003*210/{id}")).SingleEntry();
        connected.GetProperty("id").GetString().Should().Be(id);
        connected.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        JsonElement view = connected.GetProperty("phoneCallView").EnumerateArray().Single();
        view.GetProperty("extension").GetString().Should().Be("0003*210");
        view.GetProperty("status").GetString().Should().Be("5");
        view.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        view.GetProperty("destination").EnumerateArray().Select(d => d.GetString()).Should().Equal("0003*00");
    }

    /// <summary>202 with exactly <c>[{"id","extension","link":{"self"}}]</c>, the extension as sent.</summary>
    private static async Task<JsonElement> ShouldBeCreatedAsync(HttpResponseMessage response, string extension)
    {
        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", body);
        JsonElement created = body.EnumerateArray().Single();
        created.PropertyNames().Should().Equal("id", "extension", "link");
        created.GetProperty("id").GetString().Should().MatchRegex("^[0-9a-f]{20}$");
        created.GetProperty("extension").GetString().Should().Be(extension);
        created.GetProperty("link").PropertyNames().Should().Equal("self");
        return created;
    }
}
