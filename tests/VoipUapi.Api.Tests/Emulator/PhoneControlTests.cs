using System.Net;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class PhoneControlTests
{
    [Fact]
    public async Task A_seed_phone_is_idle_with_the_behaviour_of_the_seed()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement phone = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);

        phone.GetProperty("number").GetString().Should().Be("0003*210");
        phone.GetProperty("kind").GetString().Should().Be("extension");
        phone.GetProperty("state").GetString().Should().Be("idle");
        phone.GetProperty("callId").ValueKind.Should().Be(JsonValueKind.Null);
        phone.GetProperty("viewId").ValueKind.Should().Be(JsonValueKind.Null);
        phone.GetProperty("overridden").GetBoolean().Should().BeFalse();
        JsonElement behaviour = phone.GetProperty("behaviour");
        behaviour.GetProperty("kind").GetString().Should().Be("answer");
        behaviour.GetProperty("answerAfterSeconds").GetDouble().Should().Be(3);
        behaviour.GetProperty("hangUpAfterSeconds").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("0003*210", "0003*210", "extension")]
    [InlineData("0003%2A210", "0003*210", "extension")]
    [InlineData("0003*00", "0003*00", "sandbox")]
    [InlineData("3235742879", "3235742879", "public")]
    [InlineData("%2B4930123456", "+4930123456", "public")]
    [InlineData("+4930123456", "+4930123456", "public")]
    public async Task Numbers_are_read_as_the_API_writes_them(string inPath, string number, string kind)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement phone = (await control.GetAsync($"/emulator/phones/{inPath}")).Expect(HttpStatusCode.OK);

        phone.GetProperty("number").GetString().Should().Be(number);
        phone.GetProperty("kind").GetString().Should().Be(kind);
    }

    [Theory]
    [InlineData("0003*999", "there is no extension 0003*999")]
    [InlineData("0009*00", "there is no extension 0009*00")]
    [InlineData("210", "write it with its organization code: 0003*210 or 0004*210")]
    [InlineData("*00", "0003*00 or 0004*00")]
    [InlineData("junk", "'junk' is not a phone number")]
    [InlineData("12", "0003*210")]
    [InlineData("%2B", "%2B")]
    public async Task Numbers_that_name_no_phone_are_not_found_and_the_detail_says_how_to_write_one(string inPath, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.GetAsync($"/emulator/phones/{inPath}");

        answer.ProblemDetail(HttpStatusCode.NotFound).Should().Contain(detail);
    }

    [Fact]
    public async Task Scripting_a_phone_sets_its_behaviour_and_delete_restores_the_seed_rule()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement scripted = (await control.PutAsync("/emulator/phones/0003*210",
            """{"behaviour":"answer","answerAfterSeconds":5,"hangUpAfterSeconds":30,"digits":"2233#"}""")).Expect(HttpStatusCode.OK);
        JsonElement read = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);
        JsonElement restored = (await control.DeleteAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);

        scripted.GetProperty("overridden").GetBoolean().Should().BeTrue();
        read.GetProperty("behaviour").GetRawText().Should().Be("""{"kind":"answer","answerAfterSeconds":5,"hangUpAfterSeconds":30,"digits":"2233#"}""");
        restored.GetProperty("overridden").GetBoolean().Should().BeFalse();
        restored.GetProperty("behaviour").GetProperty("answerAfterSeconds").GetDouble().Should().Be(3);
    }

    [Fact]
    public async Task A_phone_scripted_busy_makes_the_next_call_busy()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "busy");

        string id = await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        call.GetProperty("disposition").GetString().Should().Be("busy");
        call.GetProperty("legs")[0].GetProperty("state").GetString().Should().Be("busy");
    }

    [Theory]
    [InlineData("""{"behaviour":"maybe"}""", "behaviour 'maybe' is not a phone behaviour")]
    [InlineData("""{"behaviour":"1"}""", "behaviour '1' is not a phone behaviour")]
    [InlineData("""{"behaviour":"busy,reject"}""", "is not a phone behaviour")]
    [InlineData("""{"behaviour":3}""", "behaviour has the wrong JSON type; send a string")]
    [InlineData("{}", "behaviour is missing")]
    [InlineData("""{"behaviour":"answer","answerAfterSeconds":-1}""", "answerAfterSeconds -1 is out of range")]
    [InlineData("""{"behaviour":"answer","hangUpAfterSeconds":0}""", "hangUpAfterSeconds 0 is out of range")]
    [InlineData("""{"behaviour":"answer","digits":"12a"}""", "digits '12a' is not DTMF")]
    [InlineData("not json", "not valid JSON")]
    public async Task Bad_scripts_are_refused_and_leave_the_phone_alone(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PutAsync("/emulator/phones/0003*210", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
        (await control.GetAsync("/emulator/phones/0003*210")).Json.GetProperty("overridden").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Behaviour_names_are_read_whatever_their_case()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        JsonElement phone = (await control.PutAsync("/emulator/phones/5550123", """{"behaviour":"NOANSWER"}""")).Expect(HttpStatusCode.OK);

        phone.GetProperty("behaviour").GetProperty("kind").GetString().Should().Be("noAnswer");
    }

    [Fact]
    public async Task Scripting_or_restoring_a_number_that_names_no_phone_is_not_found()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        (await control.PutAsync("/emulator/phones/0003*999", """{"behaviour":"busy"}""")).ProblemDetail(HttpStatusCode.NotFound).Should().Contain("0003*999");
        (await control.DeleteAsync("/emulator/phones/0003*999")).ProblemDetail(HttpStatusCode.NotFound).Should().Contain("0003*999");
        (await control.PostAsync("/emulator/phones/0003*999/answer")).ProblemDetail(HttpStatusCode.NotFound).Should().Contain("0003*999");
    }

    [Theory]
    [InlineData("answer", null, "0003*210 cannot answer: it is idle.")]
    [InlineData("reject", null, "0003*210 cannot reject: it is idle.")]
    [InlineData("hangup", null, "0003*210 cannot hang up: it is idle.")]
    [InlineData("dtmf", """{"digits":"1"}""", "0003*210 cannot send digits: it is idle.")]
    public async Task Acting_for_an_idle_phone_is_a_conflict(string action, string? body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync($"/emulator/phones/0003*210/{action}", body);

        answer.ProblemDetail(HttpStatusCode.Conflict).Should().Be(detail);
    }

    [Fact]
    public async Task A_manual_phone_rings_until_it_is_answered_through_the_control_API()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "0003*00", "?waitForPickup=60");

        await emulator.AdvanceAsync(20);
        JsonElement ringing = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);
        JsonElement answered = (await control.PostAsync("/emulator/phones/0003*210/answer")).Expect(HttpStatusCode.OK);
        JsonElement talking = (await control.GetAsync("/emulator/phones/0003*210")).Expect(HttpStatusCode.OK);

        ringing.GetProperty("state").GetString().Should().Be("ringing");
        ringing.GetProperty("callId").GetString().Should().Be(id);
        ringing.GetProperty("viewId").GetString().Should().Be("00");
        answered.GetProperty("id").GetString().Should().Be(id);
        answered.GetProperty("phase").GetString().Should().Be("connected");
        answered.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:20Z");
        talking.GetProperty("state").GetString().Should().Be("onCall");
    }

    [Fact]
    public async Task Answering_a_phone_already_on_the_call_is_a_conflict_naming_the_call()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");
        await emulator.AnswerPhoneAsync("0003*210");

        Answer again = await control.PostAsync("/emulator/phones/0003*210/answer");

        again.ProblemDetail(HttpStatusCode.Conflict).Should().Be($"0003*210 cannot answer: it is on a call (call {id}).");
    }

    [Fact]
    public async Task Reject_of_the_only_ringing_source_ends_the_call_as_failed()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");

        JsonElement call = (await control.PostAsync("/emulator/phones/0003*210/reject")).Expect(HttpStatusCode.OK);

        call.GetProperty("id").GetString().Should().Be(id);
        call.GetProperty("state").GetString().Should().Be("ended");
        call.GetProperty("disposition").GetString().Should().Be("failed");
        call.GetProperty("legs")[0].GetProperty("state").GetString().Should().Be("rejected");
    }

    [Fact]
    public async Task Hangup_of_a_ringing_phone_declines_the_call()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "manual");
        await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");

        JsonElement call = (await control.PostAsync("/emulator/phones/0003*210/hangup")).Expect(HttpStatusCode.OK);

        call.GetProperty("disposition").GetString().Should().Be("failed");
    }

    [Fact]
    public async Task Hangup_of_a_talking_phone_ends_the_call_as_answered()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");
        await emulator.AdvanceAsync(3);
        await emulator.AdvanceAsync(40);

        JsonElement call = (await control.PostAsync("/emulator/phones/0003*210/hangup")).Expect(HttpStatusCode.OK);

        call.GetProperty("state").GetString().Should().Be("ended");
        call.GetProperty("disposition").GetString().Should().Be("answered");
        call.GetProperty("answered").GetString().Should().Be("2026-01-01T10:00:03Z");
        call.GetProperty("ended").GetString().Should().Be("2026-01-01T10:00:43Z");
        call.GetProperty("talkSeconds").GetDouble().Should().Be(40);
        (await control.GetAsync("/emulator/phones/0003*210")).Json.GetProperty("state").GetString().Should().Be("idle");
    }

    [Fact]
    public async Task Digits_sent_on_a_call_appear_in_its_timeline()
    {
        await using var emulator = new EmulatorFactory();
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());
        string id = await uapi.PlaceSimpleCallAsync("0003*210", "0003*00");
        await emulator.AdvanceAsync(3);

        (await control.PostAsync("/emulator/phones/0003*210/dtmf", """{"digits":"2233#"}""")).Expect(HttpStatusCode.OK);
        JsonElement call = (await control.GetAsync($"/emulator/calls/{id}")).Expect(HttpStatusCode.OK);

        JsonElement sent = call.GetProperty("timeline").EnumerateArray().Last();
        sent.GetProperty("kind").GetString().Should().Be("digitsSent");
        sent.GetProperty("phone").GetString().Should().Be("0003*210");
        sent.GetProperty("detail").GetString().Should().Be("2233#");
        sent.GetProperty("at").GetString().Should().Be("2026-01-01T10:00:03Z");
    }

    [Theory]
    [InlineData("""{"digits":"12a"}""", "digits '12a' is not DTMF")]
    [InlineData("""{"digits":""}""", "digits '' is not DTMF")]
    [InlineData("""{"digits":12}""", "digits has the wrong JSON type; send a string")]
    [InlineData("{}", "digits is missing")]
    public async Task Bad_digits_are_refused(string body, string detail)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.PostAsync("/emulator/phones/0003*210/dtmf", body);

        answer.ProblemDetail(HttpStatusCode.BadRequest).Should().Contain(detail);
    }
}
