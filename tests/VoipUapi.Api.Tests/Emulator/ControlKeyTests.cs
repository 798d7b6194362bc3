using System.Net;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class ControlKeyTests
{
    [Fact]
    public async Task Without_a_control_key_the_control_API_needs_no_header()
    {
        await using var emulator = new EmulatorFactory();
        using var anyone = new JsonClient(emulator.CreateClient());

        (await anyone.GetAsync("/emulator/clock")).Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("GET", "/emulator/clock")]
    [InlineData("POST", "/emulator/reset")]
    [InlineData("GET", "/emulator/phones/0003*210")]
    [InlineData("GET", "/emulator/nothing")]
    public async Task With_a_control_key_a_control_request_without_it_is_unauthorized(string method, string path)
    {
        await using var emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var anyone = new JsonClient(emulator.CreateClient());

        Answer answer = await anyone.SendAsync(new HttpMethod(method), path);

        answer.ProblemDetail(HttpStatusCode.Unauthorized).Should().Contain("X-Emulator-Key");
    }

    [Fact]
    public async Task With_a_control_key_a_wrong_key_is_unauthorized_and_the_right_one_passes()
    {
        await using var emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var wrong = new JsonClient(emulator.CreateClient());
        wrong.Http.DefaultRequestHeaders.Add(EmulatorFactory.ControlKeyHeader, "guess");
        using var right = new JsonClient(emulator.ControlClient());

        string refused = (await wrong.GetAsync("/emulator/clock")).ProblemDetail(HttpStatusCode.Unauthorized);
        Answer passed = await right.GetAsync("/emulator/clock");

        refused.Should().Contain("does not hold this emulator's control key");
        passed.Status.Should().Be(HttpStatusCode.OK);
        (await emulator.AdvanceAsync(1)).Should().Be(EmulatorFactory.DefaultStart.AddSeconds(1));
    }

    [Fact]
    public async Task The_control_key_does_not_guard_the_vendor_API_or_the_health_check()
    {
        await using var emulator = new EmulatorFactory().With("Emulator:ControlKey", "s3cret");
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));

        (await uapi.GetAsync("/uapi/phoneCalls/@me/210")).Status.Should().Be(HttpStatusCode.OK);
        (await uapi.GetAsync("/healthz")).Status.Should().Be(HttpStatusCode.OK);
    }
}
