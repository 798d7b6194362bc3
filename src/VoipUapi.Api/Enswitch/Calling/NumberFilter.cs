namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>One of the <c>stype/smatch/snumber</c>, <c>ctype/cmatch/cnumber</c>, <c>dtype/dmatch/dnumber</c> filters of <c>calls/active/list</c>.</summary>
/// <param name="Type">Only rows whose number has this type; null: any.</param>
/// <param name="Match"><c>contains</c> (default), <c>exact</c>, <c>starts</c> or <c>ends</c> (inferred: the vendor names only the default).</param>
/// <param name="Number">Only rows whose number matches this; null: any.</param>
public sealed record NumberFilter(string? Type, string Match, string? Number)
{
    public static readonly IReadOnlyList<string> Matches = ["contains", "exact", "starts", "ends"];

    public static readonly IReadOnlyList<string> Types = ["phone", "conference", "queue", "ivr", "voicemail", "external"];

    public bool Accepts(string type, string number) =>
        (Type is null || Type == type)
        && (Number is null || Match switch
        {
            "exact" => number == Number,
            "starts" => number.StartsWith(Number, StringComparison.Ordinal),
            "ends" => number.EndsWith(Number, StringComparison.Ordinal),
            _ => number.Contains(Number, StringComparison.Ordinal),
        });
}
