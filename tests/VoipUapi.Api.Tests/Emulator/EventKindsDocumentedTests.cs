using System.Text.Json;
using VoipUapi.Telephony.Events;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>docs/control-api.md's table of event kinds names every kind the network emits, as the stream writes it.</summary>
public sealed class EventKindsDocumentedTests
{
    [Fact]
    public void Every_event_kind_has_a_row_in_the_control_api_document()
    {
        string document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "control-api.md"));

        List<string> missing = [.. Enum.GetValues<NetworkEventKind>()
            .Select(kind => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()))
            .Where(kind => !document.Contains($"| `{kind}` |", StringComparison.Ordinal))];

        missing.Should().BeEmpty("docs/control-api.md has a row for each kind of event");
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
