using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>The filters, order and form of <c>calls/active/list</c> (its parameters other than <c>customer</c>).</summary>
public sealed record ActiveCallQuery(
    bool Count,
    string Direction,
    string Sort,
    bool Descending,
    bool Names,
    string? CallId,
    string? Phone,
    NumberFilter Source,
    NumberFilter Called,
    NumberFilter Destination,
    NumberFilter CallerName)
{
    private static readonly IReadOnlyList<string> Directions = ["in", "internal", "in_out", "out"];

    private static readonly Dictionary<string, Func<ActiveCallRow, string>> SortKeys = new(StringComparer.Ordinal)
    {
        ["cnumber"] = r => r.CalledNumber,
        ["ctype"] = r => r.CalledType,
        ["direction"] = r => r.Direction,
        ["dnumber"] = r => r.DestinationNumber,
        ["dtype"] = r => r.DestinationType,
        ["machine"] = r => r.Machine,
        ["peer"] = r => r.Peer,
        ["snumber"] = r => r.SourceNumber,
        ["stype"] = r => r.SourceType,
        ["uniqueid"] = r => r.UniqueId,
    };

    private static readonly IReadOnlyList<string> SortNames = ["start", "scustomer", .. SortKeys.Keys];

    public static ActiveCallQuery Read(EnswitchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new ActiveCallQuery(
            input.Flag("count") ?? false,
            input.Choice("direction", Directions) ?? string.Empty,
            input.Choice("sort", SortNames) ?? "start",
            input.Flag("descending") ?? false,
            input.Flag("names") ?? false,
            input.Text("callid", 64),
            input.Text("phone", 64),
            Filter(input, "s"),
            Filter(input, "c"),
            Filter(input, "d"),
            new NumberFilter(null, input.Choice("callername_match", NumberFilter.Matches) ?? "contains", input.Text("callername_number", 64)));
    }

    public IEnumerable<ActiveCallRow> Apply(IEnumerable<ActiveCallRow> rows)
    {
        IEnumerable<ActiveCallRow> kept = rows.Where(r =>
            (Direction.Length == 0 || r.Direction == Direction)
            && (CallId is null || r.CallId == CallId)
            && (Phone is null || r.SourceNumber == Phone)
            && Source.Accepts(r.SourceType, r.SourceNumber)
            && Called.Accepts(r.CalledType, r.CalledNumber)
            && Destination.Accepts(r.DestinationType, r.DestinationNumber)
            && CallerName.Accepts(string.Empty, r.CallerIdInternal));
        IOrderedEnumerable<ActiveCallRow> sorted = Sort switch
        {
            "start" => Descending ? kept.OrderByDescending(r => r.Start) : kept.OrderBy(r => r.Start),
            "scustomer" => Descending ? kept.OrderByDescending(r => r.SourceCustomer) : kept.OrderBy(r => r.SourceCustomer),
            _ => Descending ? kept.OrderByDescending(SortKeys[Sort], StringComparer.Ordinal) : kept.OrderBy(SortKeys[Sort], StringComparer.Ordinal),
        };
        return sorted.ThenBy(r => r.UniqueId, StringComparer.Ordinal);
    }

    private static NumberFilter Filter(EnswitchInput input, string prefix) => new(
        input.Choice($"{prefix}type", NumberFilter.Types),
        input.Choice($"{prefix}match", NumberFilter.Matches) ?? "contains",
        input.Text($"{prefix}number", 64));
}
