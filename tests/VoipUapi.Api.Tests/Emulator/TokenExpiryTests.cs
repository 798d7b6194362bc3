using System.Net;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

public sealed class TokenExpiryTests
{
    [Fact]
    public async Task Advancing_the_clock_past_expires_in_through_the_control_API_expires_the_token()
    {
        await using var emulator = new EmulatorFactory().With("OAuth:TokenLifetimeSeconds", "120");
        using var uapi = new JsonClient(await emulator.ClientForAsync(SeedApp.User));
        using var control = new JsonClient(emulator.ControlClient());

        (await control.PostAsync("/emulator/clock/advance", """{"seconds":119}""")).Status.Should().Be(HttpStatusCode.OK);
        Answer stillValid = await uapi.GetAsync("/uapi/phoneCalls/@me/210");
        (await control.PostAsync("/emulator/clock/advance", """{"seconds":1}""")).Status.Should().Be(HttpStatusCode.OK);
        Answer expired = await uapi.GetAsync("/uapi/phoneCalls/@me/210");

        stillValid.Status.Should().Be(HttpStatusCode.OK);
        expired.Status.Should().Be(HttpStatusCode.Unauthorized);
        expired.Json.GetProperty("error").GetProperty("code").GetString().Should().Be("access_denied");
        expired.Json.GetProperty("error").GetProperty("message").GetString().Should().Contain("expired");
    }
}
