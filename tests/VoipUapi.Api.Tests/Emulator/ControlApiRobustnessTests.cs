using System.Net;
using VoipUapi.Api.Emulator.Validation;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>Whatever a client sends, the control API answers with a problem it can act on, never a server error.</summary>
public sealed class ControlApiRobustnessTests
{
    [Theory]
    [InlineData("GET", "/emulator/phones/%20", null)]
    [InlineData("GET", "/emulator/phones/%E2%98%8E", null)]
    [InlineData("GET", "/emulator/phones/0003*2100000000000000", null)]
    [InlineData("GET", "/emulator/phones/99999999999999999999999999", null)]
    [InlineData("POST", "/emulator/phones/%20/dtmf", """{"digits":"1"}""")]
    [InlineData("GET", "/emulator/calls/%20", null)]
    [InlineData("GET", "/emulator/calls?since=9999-12-31T23:59:59.9999999Z", null)]
    [InlineData("GET", "/emulator/calls?since=0001-01-01T00:00:00%2B14:00", null)]
    [InlineData("PUT", "/emulator/clock", """{"now":"0001-01-01T00:00:00Z"}""")]
    [InlineData("PUT", "/emulator/clock", """{"now":"9999-12-31T23:59:59.9999999Z"}""")]
    [InlineData("PUT", "/emulator/clock", """{"mode":"realtime","scale":1e308}""")]
    [InlineData("POST", "/emulator/clock/advance", """{"seconds":1.7976931348623157e308}""")]
    [InlineData("POST", "/emulator/calls/inbound", """{"from":"+","to":"*"}""")]
    [InlineData("POST", "/emulator/calls/inbound", """{"from":"3235742879","to":"0003*210","waitForPickup":1e-300}""")]
    [InlineData("PUT", "/emulator/phones/0003*210", """{"behaviour":"answer","answerAfterSeconds":1e-300,"hangUpAfterSeconds":1e-300}""")]
    [InlineData("PUT", "/emulator/ids", """{"seed":-2147483648}""")]
    [InlineData("PUT", "/emulator/ids", """{"seed":{"a":[[[[[[]]]]]]}}""")]
    [InlineData("POST", "/emulator/reset", """{"anything":true}""")]
    public async Task Odd_input_never_gets_a_server_error(string method, string path, string? body)
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());

        Answer answer = await control.SendAsync(new HttpMethod(method), path, body);

        ((int)answer.Status).Should().BeLessThan(500, answer.Body);
        if ((int)answer.Status >= 400)
        {
            answer.ContentType.Should().Be("application/problem+json", answer.Body);
        }
    }

    [Fact]
    public async Task The_slowest_clock_still_arms_the_longest_timer_a_call_can_set()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        await emulator.ScriptPhoneAsync("0003*210", "answer", answerAfterSeconds: 0, hangUpAfterSeconds: 604800);
        (await control.PutAsync("/emulator/clock", $$"""{"mode":"realtime","scale":{{ClockChangeValidator.MinScale}}}""")).Expect(HttpStatusCode.OK);

        Answer placed = await control.PostAsync("/emulator/calls/inbound", """{"from":"5551234","to":"0003*210","callDuration":86400}""");

        placed.Status.Should().Be(HttpStatusCode.Created, placed.Body);
        (await control.PutAsync("/emulator/clock", """{"mode":"manual"}""")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_a_problem()
    {
        await using var emulator = new EmulatorFactory();
        using var control = new JsonClient(emulator.ControlClient());
        string huge = $$"""{"digits":"{{new string('1', 100_000)}}"}""";

        Answer answer = await control.PostAsync("/emulator/phones/0003*210/dtmf", huge);

        answer.ProblemDetail(HttpStatusCode.RequestEntityTooLarge).Should().Contain("smaller body");
    }
}
