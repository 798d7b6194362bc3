using System.Globalization;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony.Conferences;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Enswitch.Conferencing;

/// <summary>
/// The parameters of <c>conferences/create</c> and <c>conferences/update</c> with the ranges of the vendor's table:
/// each one sent replaces the value it has (the create defaults, or the conference's current value).
/// </summary>
public static class ConferenceParameters
{
    public const int MaxDescriptionLength = 255;
    public const int MaxMaximum = 10_000;
    public const int MaxDurationMinutes = 525_600;
    public const int MaxCallerIdLength = 64;
    private const int MinYear = 1970;
    /// <summary>The last year a conference of the longest duration can start in and still end in a year the clock can tell.</summary>
    private const int MaxYear = 9998;
    private static readonly string[] DateKeys = ["year", "month", "day", "hour", "minute"];

    /// <summary><paramref name="current"/> with every valid parameter sent; the invalid ones are recorded in <paramref name="input"/>.</summary>
    public static ConferenceResource Apply(EnswitchInput input, ConferenceResource current)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Code = input.Digits("code", ScheduledConference.MaxNumberLength, "123456") ?? current.Code,
            AdminPin = input.Digits("adminpin", ConferencePins.MaxLength, "9900") ?? current.AdminPin,
            TalkPin = input.Digits("talkpin", ConferencePins.MaxLength, "234567") ?? current.TalkPin,
            ListenPin = input.Digits("listenpin", ConferencePins.MaxLength, "3456") ?? current.ListenPin,
            CallerId = CallerIdOf(input) ?? current.CallerId,
            Count = input.Integer("count", 1, ConferenceRecurrence.MaxCount, " (how many times a recurring conference takes place)") ?? current.Count,
            Description = input.Text("description", MaxDescriptionLength) ?? current.Description,
            Duration = input.Integer("duration", 0, MaxDurationMinutes, " (minutes, 0 for no limit)") ?? current.Duration,
            Maximum = input.Integer("maximum", 0, MaxMaximum, " (people, 0 for no limit)") ?? current.Maximum,
            Owner = input.Integer("owner", 0, int.MaxValue, " (a person id, 0 for none)") ?? current.Owner,
            Panel = Bit(input.Flag("panel")) ?? current.Panel,
            PlayJoin = Bit(input.Flag("play_join")) ?? current.PlayJoin,
            PlayMusic = Bit(input.Flag("play_music")) ?? current.PlayMusic,
            RecordName = Bit(input.Flag("record_name")) ?? current.RecordName,
            Repeats = input.Choice("repeats", ConferenceRepeats.Values) ?? current.Repeats,
            WaitMusic = Bit(input.Flag("wait_music")) ?? current.WaitMusic,
            Year = YearOf(input) ?? current.Year,
            Month = input.Integer("month", 1, 12) ?? current.Month,
            Day = input.Integer("day", 1, 31) ?? current.Day,
            Hour = input.Integer("hour", 0, 23) ?? current.Hour,
            Minute = input.Integer("minute", 0, 59) ?? current.Minute,
        };
    }

    /// <summary>True when the request sends any of year, month, day, hour and minute.</summary>
    public static bool SendsDate(EnswitchInput input) => DateKeys.Any(key => input.Value(key) is not null);

    /// <summary>The rules between parameters: at least one PIN, no two equal, a count that needs repeats, a day the month has.</summary>
    public static void CheckRules(EnswitchInput input, ConferenceResource fields)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fields);
        (string Key, string Pin)[] pins = [("adminpin", fields.AdminPin), ("talkpin", fields.TalkPin), ("listenpin", fields.ListenPin)];
        if (pins.All(p => p.Pin.Length == 0) && !pins.Any(p => input.HasProblem(p.Key)))
        {
            input.Invalid("talkpin", "at least one PIN must be set; send talkpin (and adminpin or listenpin if you want those roles), e.g. talkpin=234567.");
        }

        for (int i = 1; i < pins.Length; i++)
        {
            if (pins[i].Pin.Length > 0 && pins[..i].FirstOrDefault(p => p.Pin == pins[i].Pin) is { Key: not null } same)
            {
                input.Invalid(pins[i].Key, $"{pins[i].Key} is the same as {same.Key}; no two PINs may be identical, so that a PIN names one role. Send another {pins[i].Key}.");
            }
        }

        if (fields.Count > 1 && fields.Repeats.Length == 0 && !input.HasProblem("repeats"))
        {
            input.Invalid("count", string.Create(CultureInfo.InvariantCulture,
                $"count {fields.Count} needs repeats: a conference that does not repeat takes place once. Send repeats (daily, weekly, 2_weekly, monthly or 2_monthly) or count=1."));
        }

        if (fields.Year > 0 && !input.HasProblem("month") && !input.HasProblem("day") && fields.Day > DateTime.DaysInMonth(fields.Year, fields.Month))
        {
            input.Invalid("day", string.Create(CultureInfo.InvariantCulture,
                $"month {fields.Month} of {fields.Year} has {DateTime.DaysInMonth(fields.Year, fields.Month)} days, not {fields.Day}; send a day it has."));
        }
    }

    private static int? YearOf(EnswitchInput input)
    {
        int? year = input.Integer("year", 0, MaxYear, " (0 for no date)");
        if (year is > 0 and < MinYear)
        {
            input.Invalid("year", string.Create(CultureInfo.InvariantCulture,
                $"year must be 0 (no date) or from {MinYear} to {MaxYear}; {year} is neither."));
            return null;
        }

        return year;
    }

    /// <summary>A caller id for notification calls: a number (<c>2125551234</c>, <c>+442071234567</c>) or <c>Name &lt;number&gt;</c>.</summary>
    private static string? CallerIdOf(EnswitchInput input)
    {
        string? text = input.Text("callerid", MaxCallerIdLength);
        if (text is null)
        {
            return null;
        }

        string trimmed = text.Trim();
        bool number = trimmed.Length is > 0 and <= 24 && (trimmed[0] == '+' ? trimmed[1..] : trimmed).All(char.IsAsciiDigit) && trimmed != "+";
        if (number || CallerId.IsCallerId(trimmed))
        {
            return trimmed;
        }

        input.Invalid("callerid", $"callerid must be a number such as 2125551234, or Name <number> such as \"{CallerId.Format}\"; '{trimmed}' is neither.");
        return null;
    }

    private static int? Bit(bool? flag) => flag is { } set ? (set ? 1 : 0) : null;
}
