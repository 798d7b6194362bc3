using Microsoft.Extensions.Options;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The journal's and the event stream's settings are checked when the emulator starts.</summary>
public sealed class JournalAndEventSettingsTests
{
    [Theory]
    [InlineData("Emulator:JournalCapacity", "0")]
    [InlineData("Emulator:JournalCapacity", "1000001")]
    [InlineData("Emulator:EventStreamHeartbeatSeconds", "0")]
    [InlineData("Emulator:EventStreamHeartbeatSeconds", "3601")]
    public async Task Out_of_range_setting_stops_the_start_naming_the_setting(string key, string value)
    {
        await using var emulator = new EmulatorFactory().With(key, value);

        Action start = () => emulator.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage($"*{key.Split(':')[1]}*");
    }

    [Fact]
    public async Task Certificate_path_that_does_not_exist_stops_the_start_naming_the_setting()
    {
        await using var emulator = new EmulatorFactory().With("Emulator:Certificate:Path", Path.Combine(Path.GetTempPath(), "no-such-certificate.pfx"));

        Action start = () => emulator.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Emulator:Certificate:Path*");
    }
}
