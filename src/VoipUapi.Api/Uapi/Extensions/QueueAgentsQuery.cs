using VoipUapi.Api.Uapi.Listing;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The parameters of List QueueAgents, as sent: the standard ones, filterable by agentNumber, status or queue with equals.</summary>
public sealed class QueueAgentsQuery : IStandardListQuery
{
    public static readonly ListShape Shape = new("QueueAgent", ["agentNumber", "status", "queue"], ["equals"], ["agentNumber", "status", "queue", "type", "identifier"], "status");

    public string? Count { get; set; }

    public string? StartIndex { get; set; }

    /// <summary><c>agentNumber</c>, <c>status</c> or <c>queue</c>.</summary>
    public string? FilterBy { get; set; }

    /// <summary><c>equals</c> (the default and only operator).</summary>
    public string? FilterOp { get; set; }

    public string? FilterValue { get; set; }

    /// <summary><c>asc</c> (default) or <c>desc</c>, by status.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated: <c>agentNumber</c>, <c>status</c>, <c>queue</c>, <c>type</c>, <c>identifier</c>.</summary>
    public string? Fields { get; set; }
}
