using System.Text.Json;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The runtime settings the emulator's build writes for `dotnet run`, the published folder and the Docker image alike.</summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", false)] // docs/decisions/0037
    [InlineData("System.Runtime.TieredPGO", false)] // docs/decisions/0007
    public void The_emulators_runtimeconfig_sets(string setting, bool value)
    {
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "VoipUapi.Api.runtimeconfig.json")));

        config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(setting).GetBoolean().Should().Be(value);
    }
}
