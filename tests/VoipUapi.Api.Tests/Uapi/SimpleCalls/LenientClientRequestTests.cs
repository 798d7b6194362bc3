using System.Net;
using System.Text.Json;
using VoipUapi.Telephony.Calls;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.SimpleCalls;

/// <summary>What real clients send that is not quite the documented form, and is accepted anyway.</summary>
public sealed class LenientClientRequestTests
{
    private static readonly string Payload = UapiRequests.SimpleCall(["5354353"], ["5353535"]);

    [Fact]
    public async Task Keywords_are_read_in_any_case_and_the_extension_is_echoed_trimmed()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage created = await client.PostJsonAsync("/uapi/phoneCalls/@ME/simple",
            UapiRequests.SimpleCall(["0003*210"], ["0003*00"], extension: " 210 "));
        using HttpResponseMessage listed = await client.GetPathAsync("/uapi/phoneCalls/@Me/@SELF");

        created.StatusCode.Should().Be(HttpStatusCode.Accepted);
        string body = await created.Content.ReadAsStringAsync();
        body.Should().Contain("\"extension\":\"210\"").And.Contain("/uapi/phoneCalls/@ME/210/");
        listed.StatusCode.Should().Be(HttpStatusCode.OK);
        (await listed.Content.ReadAsStringAsync()).Should().Contain(emulator.Network.LiveCalls.Single().Id.Value);
    }

    [Theory]
    [InlineData("waitForPickup=10")]
    [InlineData("WAITFORPICKUP=10")]
    [InlineData("waitForPickup=10&waitForPickup=40")]
    public async Task Query_parameters_are_read_in_any_case_and_the_first_of_repeated_ones_counts(string query)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        await client.PlaceCallAsync(UapiRequests.SimpleCall(["5550001"], ["5353535"]), $"{UapiRequests.SimpleCallPath}?{query}");

        emulator.AdvanceSeconds(9);
        emulator.Network.LiveCalls.Should().ContainSingle();
        emulator.AdvanceSeconds(1);

        emulator.Network.EndedCalls.Single().Ended.Should().Be(EmulatorFactory.DefaultStart.AddSeconds(10));
    }

    [Fact]
    public async Task Create_path_with_a_trailing_slash_is_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        string id = await client.PlaceCallAsync(Payload, "/uapi/phoneCalls/@me/simple/");

        emulator.Network.LiveCalls.Single().Id.Value.Should().Be(id);
    }

    [Fact]
    public async Task List_path_with_a_trailing_slash_is_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        string id = await client.PlaceCallAsync(Payload);

        (await client.ListAsync("/uapi/phoneCalls/@me/210/")).EntryIds().Should().Equal(id);
    }

    [Theory]
    [InlineData("""{"extension":"210","nonce":"crm-1","phoneCallView":[{"source":["5354353"],"destination":["5353535"]}]}""")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"nonce":"crm-1"}]}""")]
    [InlineData("""{"extension":"210","nonce":"crm-1","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"nonce":"crm-1"}]}""")]
    public async Task Nonce_is_read_at_the_top_level_and_inside_the_view(string payload)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        string id = await client.PlaceCallAsync(payload);

        emulator.Network.LiveCalls.Single().Nonce.Should().Be("crm-1");
        (await client.ListAsync($"/uapi/phoneCalls/@me/210/{id}")).SingleEntry().GetProperty("nonce").GetString().Should().Be("crm-1");
    }

    [Fact]
    public async Task Different_nonces_at_the_top_level_and_in_the_view_are_pc_nonce_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            """{"extension":"210","nonce":"a","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"nonce":"b"}]}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_nonce_invalid")).Should().Contain("nonce");
    }

    [Theory]
    [InlineData("callerIdDestination")]
    [InlineData("callerDestination")]
    public async Task Destination_caller_id_is_read_under_both_names(string field)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        await client.PlaceCallAsync($$"""{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["5353535"],"{{field}}":"Front Desk <5550100>"}]}""");
        emulator.AdvanceSeconds(3);

        Call call = emulator.Network.LiveCalls.Single();
        call.DestinationCallerId.ToString().Should().Be("Front Desk <5550100>");
        call.LegsOf(LegRole.Destination).Single().ShownCallerId.ToString().Should().Be("Front Desk <5550100>");
        call.SourceCallerId.ToString().Should().Be("John Doe <4242425>", "the sources see the extension's caller id");
    }

    [Fact]
    public async Task Disagreeing_callerIdDestination_and_callerDestination_are_pc_callerid_invalid()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath,
            """{"extension":"210","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"callerIdDestination":"A <1>","callerDestination":"B <2>"}]}""");

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "pc_callerid_invalid")).Should().Contain("callerDestination");
    }

    [Theory]
    [InlineData("""{"extension":210,"phoneCallView":[{"source":[5354353],"destination":[5353535]}]}""")]
    [InlineData("""{"extension":210,"phoneCallView":[{"source":5354353,"destination":5353535}]}""")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":"5354353","destination":"5353535"}]}""")]
    [InlineData("""{"extension":"210","phoneCallView":[{"source":[5354353],"destination":["5353535"]}],"nonce":4711}""")]
    public async Task Numbers_are_accepted_as_JSON_numbers_and_as_strings(string payload)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath, payload);

        JsonElement body = await response.ReadJsonAsync();
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", body);
        body[0].GetProperty("extension").GetString().Should().Be("210");
        Call call = emulator.Network.LiveCalls.Single();
        call.Extension.ToString().Should().Be("0003*210");
        call.Sources.Select(s => s.Value).Should().Equal("5354353");
        call.Destinations.Select(s => s.Value).Should().Equal("5353535");
    }

    [Fact]
    public async Task Query_numbers_are_read_from_numeric_strings()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        await client.PlaceCallAsync(Payload, $"{UapiRequests.SimpleCallPath}?waitForPickup=10&callDuration=30&allowPublicTransfer=true&video=false");

        Call call = emulator.Network.LiveCalls.Single();
        call.WaitForPickup.Should().Be(TimeSpan.FromSeconds(10));
        call.Duration.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/octet-stream")]
    public async Task JSON_body_is_read_whatever_the_Content_Type_says(string? mediaType)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.PostJsonAsync(UapiRequests.SimpleCallPath, Payload, mediaType);

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", await response.Content.ReadAsStringAsync());
        emulator.Network.LiveCalls.Single().Sources.Select(s => s.Value).Should().Equal("5354353");
    }

    [Fact]
    public async Task JSON_body_with_a_UTF8_byte_order_mark_is_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);
        byte[] body = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Payload)];

        using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(UapiRequests.SimpleCallPath), UapiRequests.Body(body));

        response.StatusCode.Should().Be(HttpStatusCode.Accepted, "the answer was {0}", await response.Content.ReadAsStringAsync());
        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        await client.PlaceCallAsync("""{"extension":"210","colour":"blue","phoneCallView":[{"source":["5354353"],"destination":["5353535"],"flow":"4","status":3}]}""");

        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task Comments_and_trailing_commas_are_tolerated()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        await client.PlaceCallAsync("""
            {
              // the desk phone
              "extension": "210",
              "phoneCallView": [{"source": ["5354353",], "destination": ["5353535"],},],
            }
            """);

        emulator.Network.LiveCalls.Should().ContainSingle();
    }

    [Fact]
    public async Task Property_names_in_another_case_are_read()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        await client.PlaceCallAsync("""{"Extension":"210","PhoneCallView":[{"Source":["5354353"],"Destination":["5353535"],"CallerID":"John Doe <4242425>"}]}""");

        emulator.Network.LiveCalls.Single().Sources.Select(s => s.Value).Should().Equal("5354353");
    }
}
