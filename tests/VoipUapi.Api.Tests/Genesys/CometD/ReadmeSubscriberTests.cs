using System.Text.Json.Nodes;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>The README's Node CometD subscriber, run as printed (its address and agent given through its own environment variables).</summary>
public sealed class ReadmeSubscriberTests
{
    private const string Opening = "```js\n// subscriber.mjs";

    [Fact]
    public async Task The_readme_subscriber_prints_the_notifications_of_its_agent()
    {
        string script = Path.Combine(NodeTooling.HarnessDirectory, $"readme-subscriber-{Guid.NewGuid():N}.mjs");
        await using LoopbackCometDEmulator server = await LoopbackCometDEmulator.StartAsync();
        await File.WriteAllTextAsync(script, SubscriberOfReadme());
        try
        {
            await using NodeProcess subscriber = NodeProcess.Start(Path.GetFileName(script), new Dictionary<string, string>
            {
                ["GWS_URL"] = server.NotificationsUrl,
                ["GWS_AGENT"] = $"{CometDEmulator.Agent1}:{CometDEmulator.Password}",
            });
            List<string> printed = [];
            printed.Add(await subscriber.ReadLineAsync("'subscribed as' line", () => string.Join(" | ", printed)));
            printed[0].Should().Be($"subscribed as {CometDEmulator.Agent1}");

            server.Emulator.Publish(CometDEmulator.Agent1, "/v2/me/devices", new JsonObject { ["messageType"] = "DeviceStateChangeMessage" });

            (await subscriber.ReadLineAsync("notification line", () => string.Join(" | ", printed)))
                .Should().Be("""/v2/me/devices {"messageType":"DeviceStateChangeMessage"}""");
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string SubscriberOfReadme()
    {
        string readme = File.ReadAllText(Path.Combine(NodeTooling.HarnessDirectory, "..", "..", "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf(Opening, StringComparison.Ordinal);
        start.Should().BeGreaterThan(0, "the README shows the Node subscriber in a ```js block opening with // subscriber.mjs");
        start += "```js\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
