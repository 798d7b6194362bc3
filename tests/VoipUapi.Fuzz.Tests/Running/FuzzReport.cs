using System.Text;
using VoipUapi.Fuzz.Tests.Oracles;

namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>What a run sent and found: requests per operation and per token, and the findings, the first of each kind in full.</summary>
public sealed class FuzzReport(FuzzSettings settings)
{
    private const int Shown = 40;
    private readonly Dictionary<string, (int Count, Finding First)> _kinds = new(StringComparer.Ordinal);

    public Dictionary<string, int> RequestsPerOperation { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> TokensPerOperation { get; } = new(StringComparer.Ordinal);

    public int Requests => RequestsPerOperation.Values.Sum();

    public int FindingCount { get; private set; }

    /// <summary>The first finding of each kind (operation and oracle).</summary>
    public IEnumerable<Finding> FirstFindings => _kinds.Values.Select(kind => kind.First);

    /// <summary>By operation: how many answers of each class (<c>2xx</c>, <c>4xx</c>…; <c>0xx</c> for none).</summary>
    public Dictionary<string, SortedDictionary<string, int>> StatusesPerOperation { get; } = new(StringComparer.Ordinal);

    public void Sent(string operation, string token, int status)
    {
        RequestsPerOperation[operation] = RequestsPerOperation.GetValueOrDefault(operation) + 1;
        SortedDictionary<string, int> statuses = StatusesPerOperation.TryGetValue(operation, out var seen) ? seen : StatusesPerOperation[operation] = new(StringComparer.Ordinal);
        string group = $"{status / 100}xx";
        statuses[group] = statuses.GetValueOrDefault(group) + 1;
        (TokensPerOperation.TryGetValue(operation, out HashSet<string>? tokens) ? tokens : TokensPerOperation[operation] = []).Add(token);
    }

    public void Add(Finding finding)
    {
        FindingCount++;
        string kind = $"{finding.Request.Operation.Key}: {finding.Oracle}";
        _kinds[kind] = _kinds.TryGetValue(kind, out var seen) ? (seen.Count + 1, seen.First) : (1, finding);
    }

    /// <summary>The failure message: the seed and how to replay it, then the first finding of each kind.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"{FindingCount} findings of {_kinds.Count} kinds in {Requests} requests over {RequestsPerOperation.Count} operations, seed {settings.Seed}.");
        text.AppendLine($"Replay: {settings.Replay}");
        foreach ((string kind, (int count, Finding first)) in _kinds.Take(Shown))
        {
            text.AppendLine().AppendLine($"{kind} ({count})").AppendLine(first.ToString());
        }

        return text.ToString();
    }
}
