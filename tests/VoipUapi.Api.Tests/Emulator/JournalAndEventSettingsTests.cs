using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>
/// The journal's and the event stream's settings, and the certificate path, are checked when the emulator starts:
/// the host runs the <see cref="IStartupValidator"/> these registrations fill, as this test does. (A host that fails to
/// start inside WebApplicationFactory may surface an ObjectDisposedException instead of the start-up error under load.)
/// </summary>
public sealed class JournalAndEventSettingsTests
{
    [Theory]
    [InlineData("Emulator:JournalCapacity", "0")]
    [InlineData("Emulator:JournalCapacity", "1000001")]
    [InlineData("Emulator:EventStreamHeartbeatSeconds", "0")]
    [InlineData("Emulator:EventStreamHeartbeatSeconds", "3601")]
    public void Out_of_range_setting_is_refused_at_start_naming_the_setting(string key, string value)
    {
        using ServiceProvider services = Registered(key, value);

        Action start = services.GetRequiredService<IStartupValidator>().Validate;

        start.Should().Throw<OptionsValidationException>().WithMessage($"*{key.Split(':')[1]}*");
    }

    [Fact]
    public void Certificate_path_that_does_not_exist_is_refused_at_start_naming_the_setting()
    {
        using ServiceProvider services = Registered("Emulator:Certificate:Path", Path.Combine(Path.GetTempPath(), "no-such-certificate.pfx"));

        Action start = services.GetRequiredService<IStartupValidator>().Validate;

        start.Should().Throw<OptionsValidationException>().WithMessage("*Emulator:Certificate:Path*");
    }

    private static ServiceProvider Registered(string key, string value)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.Configuration[key] = value;
        builder.AddRequestJournalEventsAndHttps();
        return builder.Services.BuildServiceProvider();
    }
}
