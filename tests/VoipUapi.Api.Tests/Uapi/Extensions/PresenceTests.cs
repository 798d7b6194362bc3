using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Extensions;

/// <summary>
/// The Presence service: a Phone Terminal extension is registered (and online) by default, ringing and busy follow its
/// lines, and a phone unregistered through the control API shows as not registered and cannot be reached.
/// </summary>
public sealed class PresenceTests
{
    [Fact]
    public async Task A_phone_terminal_is_registered_and_online_by_default()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        JsonElement page = await user.ListAsync("/uapi/extensions/@me/210/presence");

        page.GetProperty("totalResults").GetInt32().Should().Be(1);
        JsonElement presence = page.GetProperty("entry").EnumerateArray().Single();
        presence.GetProperty("status").GetString().Should().Be("1");
        presence.GetProperty("extension").GetString().Should().Be("0003*210");
        JsonElement registration = presence.GetProperty("registration").EnumerateArray().Single();
        registration.GetProperty("registration").GetString().Should().Be("1");
        registration.GetProperty("status").GetString().Should().Be("1");
        registration.GetProperty("agent").GetString().Should().Be("VoipUapi emulated phone");
        registration.GetProperty("expire").GetString().Should().Be("2026-01-01T11:00:00Z", "a registration lasts an hour from now on the emulator's clock");
    }

    [Fact]
    public async Task Ringing_and_talking_show_as_ringing_then_busy()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));

        string ringing = await StatusAsync(user, "/uapi/extensions/@me/210/presence");
        emulator.AdvanceSeconds(3);
        string talking = await StatusAsync(user, "/uapi/extensions/@me/210/presence");

        ringing.Should().Be("2");
        talking.Should().Be("3");
    }

    [Fact]
    public async Task An_unregistered_phone_shows_as_not_registered_and_calls_meet_it_as_unreachable_until_it_registers_again()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement scripted = (await control.PutAsync("/emulator/phones/0003*210", """{"registered":false}""")).Expect(HttpStatusCode.OK);
        JsonElement presence = (await user.ListAsync("/uapi/extensions/@me/210/presence")).GetProperty("entry")[0];
        await user.PlaceCallAsync(UapiRequests.SimpleCall(["0003*210"], ["0003*00"]));
        (await control.PutAsync("/emulator/phones/0003*210", """{"registered":true}""")).Expect(HttpStatusCode.OK);
        string again = await StatusAsync(user, "/uapi/extensions/@me/210/presence");

        scripted.GetProperty("registered").GetBoolean().Should().BeFalse();
        scripted.GetProperty("behaviour").GetProperty("kind").GetString().Should().Be("unreachable");
        presence.GetProperty("status").GetString().Should().Be("0");
        JsonElement registration = presence.GetProperty("registration")[0];
        registration.GetProperty("registration").GetString().Should().Be("-1");
        registration.TryGetProperty("agent", out _).Should().BeFalse();
        registration.TryGetProperty("expire", out _).Should().BeFalse();
        emulator.Network.EndedCalls.Single().Legs.Single().State.Should().Be(Telephony.Calls.LegState.Unreachable);
        again.Should().Be("1");
        emulator.Network.Events.After(0).Where(e => e.Kind == Telephony.Events.NetworkEventKind.RegistrationChanged).Select(e => $"{e.Phone} {e.Detail}")
            .Should().Equal("0003*210 unregistered", "0003*210 registered");
    }

    [Fact]
    public async Task Self_lists_the_phone_terminals_of_the_user_and_the_standard_parameters_apply()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient organization = await emulator.ClientForAsync(SeedApp.Organization);
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        JsonElement own = await user.ListAsync("/uapi/extensions/@me/@self/presence");
        JsonElement janes = await organization.ListAsync("/uapi/extensions/13/@self/presence?filterBy=extension&filterOp=startsWith&filterValue=0003*02&fields=extension");
        JsonElement none = await organization.ListAsync("/uapi/extensions/13/@self/presence?filterBy=extension&filterValue=0003*210");

        own.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("extension").GetString()).Should().Equal(["0003*210"], "0003*211 is a Conference extension");
        janes.GetProperty("entry")[0].GetRawText().Should().Be("""{"extension":"0003*024"}""");
        janes.GetProperty("filtered").GetBoolean().Should().BeTrue();
        none.GetProperty("totalResults").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("/uapi/extensions/12/0003*210/presence", "user_invalid", "user 12")]
    [InlineData("/uapi/extensions/@me/0003*210/presence", "extension_invalid", "0003*210")]
    [InlineData("/uapi/extensions/@owner/0003*210/presence", "extension_invalid", "0003*210")]
    public async Task Another_organizations_app_sees_nothing(string path, string code, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user20 = await emulator.ClientForAsync(SeedApp.User20);

        using HttpResponseMessage response = await user20.GetPathAsync(path);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(named).And.NotContain("\"status\"");
    }

    [Theory]
    [InlineData("/uapi/extensions/@me/211/presence", "extension_invalid", "Phone Terminal")]
    [InlineData("/uapi/extensions/@me/%20/presence", "extension_invalid", "blank")]
    [InlineData("/uapi/extensions/%20/210/presence", "user_invalid", "blank")]
    [InlineData("/uapi/extensions/@owner/@self/presence", "user_invalid", "@owner")]
    [InlineData("/uapi/extensions/@me/210/presence?filterBy=status&filterValue=1", "filterby_invalid", "filterBy=extension")]
    [InlineData("/uapi/extensions/@me/210/presence?filterBy=extension&filterOp=greaterThan&filterValue=1", "filterop_invalid", "inArray")]
    [InlineData("/uapi/extensions/@me/210/presence?filterBy=extension", "filtervalue_invalid", "filterValue")]
    [InlineData("/uapi/extensions/@me/210/presence?count=0", "count_invalid", "count=20")]
    [InlineData("/uapi/extensions/@me/210/presence?startIndex=-1", "startindex_invalid", "startIndex=0")]
    [InlineData("/uapi/extensions/@me/210/presence?sortOrder=up", "sortorder_invalid", "sortOrder=asc")]
    [InlineData("/uapi/extensions/@me/210/presence?fields=agent", "fields_invalid", "registration")]
    public async Task Bad_paths_and_parameters_are_refused_naming_what_to_send(string path, string code, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await user.GetPathAsync(path);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(named);
    }

    [Fact]
    public async Task Without_a_token_the_presence_is_not_shown()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();

        using HttpResponseMessage response = await anonymous.GetPathAsync("/uapi/extensions/@me/210/presence");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
    }

    [Theory]
    [InlineData("3235742879", """{"registered":false}""", "Phone Terminal")]
    [InlineData("0003*211", """{"registered":false}""", "Phone Terminal")]
    [InlineData("0003*210", """{"registered":"no"}""", "registered")]
    [InlineData("0003*210", """{"registered":false,"answerAfterSeconds":2}""", "behaviour is missing")]
    public async Task The_control_api_refuses_a_registration_it_cannot_apply(string number, string body, string named)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PutAsync($"/emulator/phones/{number}", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(named);
        emulator.Network.Events.After(0).Should().NotContain(e => e.Kind == Telephony.Events.NetworkEventKind.RegistrationChanged);
    }

    private static async Task<string> StatusAsync(HttpClient client, string path) =>
        (await client.ListAsync(path)).GetProperty("entry")[0].GetProperty("status").GetString()!;
}
