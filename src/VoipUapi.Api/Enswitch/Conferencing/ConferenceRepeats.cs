using VoipUapi.Telephony.Conferences;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>The vendor's <c>repeats</c> values and the network's recurrences they stand for.</summary>
public static class ConferenceRepeats
{
    public const string None = "";

    private static readonly (string Name, ConferenceRepeat Every)[] Names =
    [
        ("daily", ConferenceRepeat.Daily),
        ("weekly", ConferenceRepeat.Weekly),
        ("2_weekly", ConferenceRepeat.EveryTwoWeeks),
        ("monthly", ConferenceRepeat.Monthly),
        ("2_monthly", ConferenceRepeat.EveryTwoMonths),
    ];

    /// <summary>Every value <c>repeats</c> accepts besides the empty string (which is the default: does not repeat).</summary>
    public static IReadOnlyList<string> Values { get; } = [.. Names.Select(n => n.Name)];

    public static string NameOf(ConferenceRepeat? every) => every is { } e ? Names.Single(n => n.Every == e).Name : None;

    public static ConferenceRepeat? Parse(string name) => Names.FirstOrDefault(n => n.Name == name) is { Name: not null } found ? found.Every : null;
}
