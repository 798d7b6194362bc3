using System.Text.Json;
using VoipUapi.Api.Emulator;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>docs/control-api.md's table of event kinds names every kind the network emits, and the stream's delivery attempts, as the stream writes them.</summary>
public sealed class EventKindsDocumentedTests
{
    [Fact]
    public void Every_event_kind_has_a_row_in_the_control_api_document()
    {
        string document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "control-api.md"));

        List<string> missing = [.. Enum.GetValues<NetworkEventKind>()
            .Select(kind => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()))
            .Append(WebhookDeliveryMessage.Kind)
            .Where(kind => !document.Contains($"| `{kind}` |", StringComparison.Ordinal))];

        missing.Should().BeEmpty("docs/control-api.md has a row for each kind of message of the event stream");
    }

    private static string RepositoryRoot()
    {
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VoipUapi.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"no VoipUapi.sln above {AppContext.BaseDirectory}");
    }
}
