using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>A test host reads its settings files once: no file watcher per host over the test's output folder.</summary>
public sealed class EmulatorHostConfigurationTests
{
    [Fact]
    public async Task The_settings_files_of_a_test_host_are_read_without_watching_them_for_changes()
    {
        await using var emulator = new EmulatorFactory();

        var configuration = (IConfigurationRoot)emulator.Services.GetRequiredService<IConfiguration>();
        List<JsonConfigurationProvider> files = [.. configuration.Providers.OfType<JsonConfigurationProvider>()];

        files.Should().NotBeEmpty();
        files.Should().AllSatisfy(file => file.Source.ReloadOnChange.Should().BeFalse(file.Source.Path));
    }
}
