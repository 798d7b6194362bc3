using System.Text.Json;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>conferences/get|list|update|delete</c> and <c>conferences/unused/code</c> on the network's conference directory.</summary>
public sealed class ConferenceFunctionsTests
{
    [Fact]
    public async Task Get_by_id_or_by_code_answers_the_fields_create_took()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync("code=555;adminpin=1;talkpin=2;description=Board;maximum=5;play_join=1;year=2026;month=3;day=2;hour=9;minute=30;duration=90");

        JsonElement byId = (await client.EnswitchGetAsync($"/api/json/conferences/get/?{User};id={id}")).Expect("200");
        JsonElement byCode = (await client.EnswitchGetAsync($"/api/json/conferences/get/?{User};code=555")).Expect("200");

        byCode.GetRawText().Should().Be(byId.GetRawText());
        byId.GetRawText().Should().Be("""
            {"id":2,"customer":3,"code":"555","description":"Board","adminpin":"1","talkpin":"2","listenpin":"","callerid":"","count":1,"duration":90,"maximum":5,"owner":0,"panel":0,"play_join":1,"play_music":0,"record_name":0,"repeats":"","wait_music":0,"year":2026,"month":3,"day":2,"hour":9,"minute":30}
            """);
        ScheduledConference conference = emulator.Network.Conferences.Find(id)!;
        conference.Start.Should().Be(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));
        conference.Duration.Should().Be(TimeSpan.FromMinutes(90));
        conference.MaxParticipants.Should().Be(5);
        conference.Features.Should().Be(ConferenceFeatures.ToneOnJoin);
    }

    [Theory]
    [InlineData("", "400", "id", "send id or code to name the conference; both are missing.")]
    [InlineData(";id=1;code=3", "400", "code", "send id or code, not both: they could name two conferences.")]
    [InlineData(";id=0", "400", "id", "id must be a whole number from 1")]
    [InlineData(";id=99", "404", "id", "there is no conference 99, or you may not see it")]
    [InlineData(";code=999", "404", "code", "no conference of your customer has the code 999")]
    [InlineData(";code=x", "400", "code", "code must be 1 to 10 digits")]
    public async Task Get_needs_exactly_one_of_id_and_code_of_a_conference_it_may_see(string parameters, string code, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/conferences/get/?{User}{parameters}")).Refusal(code, key).Should().Contain(message);
    }

    [Fact]
    public async Task The_seed_conference_is_listed_with_the_ones_enswitch_created()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.CreateConferenceAsync();

        JsonElement listed = (await client.EnswitchGetAsync($"/api/json/conferences/list/?{User}")).Expect("200");

        listed.EnumerateArray().Select(c => (c.GetProperty("id").GetInt32(), c.GetProperty("code").GetString(), c.GetProperty("talkpin").GetString()))
            .Should().Equal((1, "3", "2233"), (2, "123456", "234567"));
        listed[0].GetProperty("adminpin").GetString().Should().Be("9900");
        listed[0].GetProperty("play_music").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task A_conference_another_person_owns_needs_the_administrator_privilege()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync("code=777;talkpin=7;owner=102", Reseller + ";customer=3");

        (await client.EnswitchGetAsync($"/api/json/conferences/get/?{User};id={id}")).Refusal("402").Should().Contain("owned by person 102");
        (await client.EnswitchGetAsync($"/api/json/conferences/delete/?{User};id={id}")).Refusal("402");
        (await client.EnswitchGetAsync($"/api/json/conferences/list/?{User}")).Expect("200").EnumerateArray().Should().ContainSingle();
        (await client.EnswitchGetAsync($"/api/json/conferences/get/?{Reseller};id={id}")).Expect("200").GetProperty("owner").GetInt32().Should().Be(102);
        int own = await client.CreateConferenceAsync("code=778;talkpin=7;owner=101");
        (await client.EnswitchGetAsync($"/api/json/conferences/get/?{User};id={own}")).Expect("200");
    }

    [Fact]
    public async Task The_reseller_creates_in_a_customer_below_it_but_not_in_one_without_a_conference_extension()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer own = await client.EnswitchGetAsync($"/api/json/conferences/create/?{Reseller};code=1;talkpin=1");
        EnswitchAnswer second = await client.EnswitchGetAsync($"/api/json/conferences/create/?{Reseller};code=1;talkpin=1;customer=4");
        int id = await client.CreateConferenceAsync("code=1;talkpin=1", Reseller + ";customer=3");

        own.Refusal("400", "customer").Should().Be("customer 1 (Example Reseller) has no conference extension, so it has no conferences; send a customer that has one (you may use 3).");
        second.Refusal("400", "customer").Should().StartWith("customer 4 (Second Organization) has no conference extension");
        emulator.Network.Conferences.Find(id)!.Host.ToString().Should().Be("0003*211");
    }

    [Fact]
    public async Task Update_changes_what_it_is_sent_and_keeps_the_rest()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync("code=555;talkpin=2;description=Board;year=2026;month=3;day=2;hour=9;minute=30;duration=90");
        ScheduledConference before = emulator.Network.Conferences.Find(id)!;

        (await client.EnswitchGetAsync($"/api/json/conferences/update/?{User};id={id};code=556;listenpin=3;description=;maximum=0;wait_music=1")).Expect("204");

        ScheduledConference after = emulator.Network.Conferences.Find(id)!;
        after.Should().Be(before with { Number = "556", Pins = new ConferencePins(Talker: "2", Listener: "3"), Features = ConferenceFeatures.WaitForAdmin });
        emulator.Network.Conferences.Find(before.Key).Should().BeNull();
        emulator.Network.Conferences.IdOf(after.Key).Should().Be(id);
    }

    [Theory]
    [InlineData(";code=3", "code", "code 3 is already the code of conference 1 of customer 3")]
    [InlineData(";listenpin=2", "listenpin", "listenpin is the same as talkpin")]
    [InlineData(";count=3", "count", "count 3 needs repeats")]
    [InlineData(";year=2026;month=2;day=30", "day", "month 2 of 2026 has 28 days")]
    [InlineData(";owner=104", "owner", "owner 104 is not a person of customer 3")]
    public async Task Update_keeps_the_rules_of_create_and_changes_nothing_when_one_fails(string parameters, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync("code=555;talkpin=2");
        ScheduledConference before = emulator.Network.Conferences.Find(id)!;

        (await client.EnswitchGetAsync($"/api/json/conferences/update/?{User};id={id}{parameters}")).Refusal("400", key).Should().Contain(message);

        emulator.Network.Conferences.Find(id).Should().BeSameAs(before);
    }

    [Fact]
    public async Task Update_with_validation_1_answers_201_and_changes_nothing_and_an_unknown_id_is_404()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync("code=555;talkpin=2");
        ScheduledConference before = emulator.Network.Conferences.Find(id)!;

        (await client.EnswitchGetAsync($"/api/json/conferences/update/?{User};id={id};code=556;validation=1")).Responses.Single().Code.Should().Be("201");
        (await client.EnswitchGetAsync($"/api/json/conferences/update/?{User};id=42;code=556")).Refusal("404", "id");
        (await client.EnswitchGetAsync($"/api/json/conferences/update/?{User};code=556")).Refusal("400", "id").Should().StartWith("id is missing");

        emulator.Network.Conferences.Find(id).Should().BeSameAs(before);
    }

    [Fact]
    public async Task Delete_removes_the_conference_and_a_second_delete_is_404()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        int id = await client.CreateConferenceAsync();

        (await client.EnswitchGetAsync($"/api/json/conferences/delete/?{User};id={id}")).Expect("204");
        (await client.EnswitchGetAsync($"/api/json/conferences/delete/?{User};id={id}")).Refusal("404", "id");

        emulator.Network.Conferences.Find(id).Should().BeNull();
    }

    [Fact]
    public async Task Unused_code_answers_the_first_free_six_digit_code_of_the_customer()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.CreateConferenceAsync("code=100000;talkpin=1");

        (await client.EnswitchGetAsync($"/api/json/conferences/unused/code/?{User}")).Expect("200").GetRawText().Should().Be("""{"code":"100001"}""");
        (await client.EnswitchGetAsync($"/api/json/conferences/unused/code/?{User};customer=4")).Refusal("400", "customer");
        (await client.EnswitchGetAsync($"/api/json/conferences/unused/code/?{Reseller};customer=3")).Expect("200").GetProperty("code").GetString().Should().Be("100001");
    }

    [Fact]
    public async Task A_reset_of_the_emulator_drops_the_conferences_enswitch_created()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.CreateConferenceAsync();

        using HttpResponseMessage reset = await emulator.ControlClient().PostAsync(new Uri("/emulator/reset", UriKind.Relative), content: null);
        int again = await client.CreateConferenceAsync("code=654321;talkpin=1");

        again.Should().Be(2);
        (await client.EnswitchGetAsync($"/api/json/conferences/list/?{User}")).Expect("200").EnumerateArray().Select(c => c.GetProperty("code").GetString())
            .Should().Equal("3", "654321");
    }
}
