using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>Every rule of the seed's <c>conferences/create</c> table: a 400 response naming the parameter, a message saying what to send, nothing created.</summary>
public sealed class ConferenceCreateRulesTests
{
    [Theory]
    [InlineData("talkpin=234567", "code", "code is missing; send the conference code")]
    [InlineData("code=;talkpin=234567", "code", "code is missing")]
    [InlineData("code=12a456;talkpin=234567", "code", "code must be 1 to 10 digits")]
    [InlineData("code=12345678901;talkpin=234567", "code", "code must be 1 to 10 digits")]
    [InlineData("code=3;talkpin=234567", "code", "code 3 is already the code of conference 1 of customer 3")]
    [InlineData("code=123456", "talkpin", "at least one PIN must be set")]
    [InlineData("code=123456;adminpin=;talkpin=;listenpin=", "talkpin", "at least one PIN must be set")]
    [InlineData("code=123456;talkpin=23x", "talkpin", "talkpin must be 1 to 16 digits")]
    [InlineData("code=123456;adminpin=12345678901234567", "adminpin", "adminpin must be 1 to 16 digits")]
    [InlineData("code=123456;listenpin=-1", "listenpin", "listenpin must be 1 to 16 digits")]
    [InlineData("code=123456;adminpin=11;talkpin=11", "talkpin", "talkpin is the same as adminpin; no two PINs may be identical")]
    [InlineData("code=123456;adminpin=11;listenpin=11", "listenpin", "listenpin is the same as adminpin")]
    [InlineData("code=123456;talkpin=11;listenpin=11", "listenpin", "listenpin is the same as talkpin")]
    [InlineData("code=123456;talkpin=1;callerid=abc", "callerid", "callerid must be a number such as 2125551234")]
    [InlineData("code=123456;talkpin=1;count=0", "count", "count must be a whole number from 1 to 1000")]
    [InlineData("code=123456;talkpin=1;count=1001;repeats=daily", "count", "count must be a whole number from 1 to 1000")]
    [InlineData("code=123456;talkpin=1;count=5", "count", "count 5 needs repeats")]
    [InlineData("code=123456;talkpin=1;customer=x", "customer", "customer must be a whole number")]
    [InlineData("code=123456;talkpin=1;customer=4", "customer", "customer 4 does not exist or you may not create in it; send your own customer (3)")]
    [InlineData("code=123456;talkpin=1;customer=99", "customer", "customer 99 does not exist")]
    [InlineData("code=123456;talkpin=1;duration=-1", "duration", "duration must be a whole number from 0 to 525600 (minutes, 0 for no limit)")]
    [InlineData("code=123456;talkpin=1;duration=1.5", "duration", "duration must be a whole number")]
    [InlineData("code=123456;talkpin=1;maximum=10001", "maximum", "maximum must be a whole number from 0 to 10000 (people, 0 for no limit)")]
    [InlineData("code=123456;talkpin=1;owner=102;owner=103", "owner", "owner was sent 2 times with different values")]
    [InlineData("code=123456;talkpin=1;owner=103", "owner", "owner 103 is not a person of customer 3; send 0 for none or the id of one of its people (101, 102)")]
    [InlineData("code=123456;talkpin=1;owner=-5", "owner", "owner must be a whole number from 0")]
    [InlineData("code=123456;talkpin=1;panel=2", "panel", "panel is 1 or 0; '2' is neither")]
    [InlineData("code=123456;talkpin=1;play_join=yes", "play_join", "play_join is 1 or 0")]
    [InlineData("code=123456;talkpin=1;play_music=true", "play_music", "play_music is 1 or 0")]
    [InlineData("code=123456;talkpin=1;record_name=-1", "record_name", "record_name is 1 or 0")]
    [InlineData("code=123456;talkpin=1;wait_music=01", "wait_music", "wait_music is 1 or 0")]
    [InlineData("code=123456;talkpin=1;repeats=yearly", "repeats", "repeats must be \"daily\", \"weekly\", \"2_weekly\", \"monthly\", \"2_monthly\"; 'yearly' is none of them")]
    [InlineData("code=123456;talkpin=1;repeats=Daily", "repeats", "repeats must be")]
    [InlineData("code=123456;talkpin=1;year=1969", "year", "year must be 0 (no date) or from 1970 to 9998")]
    [InlineData("code=123456;talkpin=1;year=9999", "year", "year must be a whole number from 0 to 9998")]
    [InlineData("code=123456;talkpin=1;month=0", "month", "month must be a whole number from 1 to 12")]
    [InlineData("code=123456;talkpin=1;month=13", "month", "month must be a whole number from 1 to 12")]
    [InlineData("code=123456;talkpin=1;day=0", "day", "day must be a whole number from 1 to 31")]
    [InlineData("code=123456;talkpin=1;day=32", "day", "day must be a whole number from 1 to 31")]
    [InlineData("code=123456;talkpin=1;year=2026;month=4;day=31", "day", "month 4 of 2026 has 30 days, not 31; send a day it has")]
    [InlineData("code=123456;talkpin=1;year=2027;month=2;day=29", "day", "month 2 of 2027 has 28 days, not 29")]
    [InlineData("code=123456;talkpin=1;hour=24", "hour", "hour must be a whole number from 0 to 23")]
    [InlineData("code=123456;talkpin=1;minute=60", "minute", "minute must be a whole number from 0 to 59")]
    [InlineData("code=123456;talkpin=1;validation=2", "validation", "validation is 1 or 0")]
    [InlineData("code=123456;talkpin=1;description=%01", "description", "description must be at most 255 characters, without control characters")]
    public async Task Each_rule_answers_a_400_naming_the_parameter_and_creates_nothing(string parameters, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/conferences/create/?{EnswitchRequests.User};{parameters}");

        answer.Refusal("400", key).Should().Contain(message);
        emulator.Network.Conferences.All.Should().ContainSingle("only the seed's conference 3 exists");
    }

    [Fact]
    public async Task Each_invalid_parameter_gets_its_own_response()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync(
            $"/api/json/conferences/create/?{EnswitchRequests.User};code=x;adminpin=1;talkpin=1;maximum=-1;hour=99;repeats=never;validation=1");

        answer.KeysOf("400").Should().Equal("code", "maximum", "repeats", "hour", "talkpin");
    }

    [Fact]
    public async Task A_leap_day_and_the_last_minute_of_a_day_are_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        await client.CreateConferenceAsync("code=1;talkpin=1;year=2028;month=2;day=29;hour=23;minute=59");

        emulator.Network.Conferences.Find(2)!.Start.Should().Be(new DateTimeOffset(2028, 2, 29, 23, 59, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_limits_of_each_range_are_accepted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        await client.CreateConferenceAsync(
            "code=1234567890;adminpin=1234567890123456;talkpin=0;listenpin=9;count=1000;repeats=2_monthly;duration=525600;maximum=10000;owner=102;"
            + "panel=1;play_join=1;play_music=1;record_name=1;wait_music=1;year=9998;month=12;day=31;hour=0;minute=0;callerid=%2B442071234567");

        EnswitchAnswer got = await client.EnswitchGetAsync($"/api/json/conferences/get/?{EnswitchRequests.Reseller};code=1234567890");
        got.Expect("200").GetRawText().Should().Be("""
            {"id":2,"customer":3,"code":"1234567890","description":"","adminpin":"1234567890123456","talkpin":"0","listenpin":"9","callerid":"+442071234567","count":1000,"duration":525600,"maximum":10000,"owner":102,"panel":1,"play_join":1,"play_music":1,"record_name":1,"repeats":"2_monthly","wait_music":1,"year":9998,"month":12,"day":31,"hour":0,"minute":0}
            """);
    }
}
