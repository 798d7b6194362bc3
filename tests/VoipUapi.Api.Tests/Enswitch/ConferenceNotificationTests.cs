using VoipUapi.Telephony.Conferences;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>conferences/notifications/create|list|delete</c>, kept with the network's conference.</summary>
public sealed class ConferenceNotificationTests
{
    [Fact]
    public async Task The_vendor_example_adds_a_talk_notification_that_the_list_shows_and_delete_removes()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int conference = await client.CreateConferenceAsync();

        EnswitchAnswer created = await client.EnswitchGetAsync(
            $"/api/json/conferences/notifications/create/?{User};conference={conference};type=number;destination=2125551234;level=talk");
        EnswitchAnswer byEmail = await client.EnswitchGetAsync(
            $"/api/json/conferences/notifications/create/?{User};code=123456;type=email;destination=boss%40example.com;level=admin");
        EnswitchAnswer listed = await client.EnswitchGetAsync($"/api/json/conferences/notifications/list/?{User};code=123456");

        created.Body.Should().Be("""{"responses":[{"code":"204","key":"","message":"OK"}]}""");
        byEmail.Expect("204");
        listed.Expect("200").GetRawText().Should().Be("""
            [{"id":1,"conference":2,"type":"number","destination":"2125551234","level":"talk"},{"id":2,"conference":2,"type":"email","destination":"boss@example.com","level":"admin"}]
            """);
        emulator.Network.Conferences.Find(conference)!.Notifications.Should().Equal(
            new ConferenceNotification(1, ConferenceNotificationKind.Number, "2125551234", ConferenceRole.Talker),
            new ConferenceNotification(2, ConferenceNotificationKind.Email, "boss@example.com", ConferenceRole.Admin));

        (await client.EnswitchGetAsync($"/api/json/conferences/notifications/delete/?{User};id=1")).Expect("204");
        (await client.EnswitchGetAsync($"/api/json/conferences/notifications/delete/?{User};id=1")).Refusal("404", "id");
        emulator.Network.Conferences.Find(conference)!.Notifications.Select(n => n.Id).Should().Equal(2);
    }

    [Theory]
    [InlineData("type=number;destination=2125551234;level=talk", "conference", "send conference (its id) or code")]
    [InlineData("conference=2;code=123456;type=number;destination=2125551234;level=talk", "code", "send conference or code, not both")]
    [InlineData("conference=2;destination=2125551234;level=talk", "type", "type is missing")]
    [InlineData("conference=2;type=fax;destination=2125551234;level=talk", "type", "type must be \"email\", \"number\"")]
    [InlineData("conference=2;type=number;level=talk", "destination", "destination is missing")]
    [InlineData("conference=2;type=number;destination=call-me;level=talk", "destination", "'call-me' is not a phone number")]
    [InlineData("conference=2;type=email;destination=nobody;level=talk", "destination", "'nobody' is not an e-mail address")]
    [InlineData("conference=2;type=number;destination=2125551234", "level", "level is missing")]
    [InlineData("conference=2;type=number;destination=2125551234;level=boss", "level", "level must be \"admin\", \"talk\", \"listen\"")]
    [InlineData("conference=2;type=number;destination=2125551234;level=talk;validation=x", "validation", "validation is 1 or 0")]
    public async Task Each_invalid_parameter_of_create_is_a_400_naming_it(string parameters, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.CreateConferenceAsync();

        (await client.EnswitchGetAsync($"/api/json/conferences/notifications/create/?{User};{parameters}")).Refusal("400", key).Should().Contain(message);

        emulator.Network.Conferences.All.Should().OnlyContain(c => c.Notifications.IsEmpty);
    }

    [Fact]
    public async Task Create_with_validation_1_adds_nothing_and_an_unknown_conference_is_404()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.CreateConferenceAsync();

        EnswitchAnswer validated = await client.EnswitchGetAsync($"/api/json/conferences/notifications/create/?{User};conference=2;type=number;destination=2125551234;level=talk;validation=1");
        EnswitchAnswer unknown = await client.EnswitchGetAsync($"/api/json/conferences/notifications/create/?{User};conference=9;type=number;destination=2125551234;level=talk");

        validated.Responses.Single().Code.Should().Be("201");
        unknown.Refusal("404", "conference");
        emulator.Network.Conferences.All.Should().OnlyContain(c => c.Notifications.IsEmpty);
    }
}
