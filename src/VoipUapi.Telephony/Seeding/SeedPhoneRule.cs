namespace VoipUapi.Telephony.Seeding;

/// <summary>A phone rule: what to match (<see cref="Number"/>, <see cref="EndsWith"/>, <see cref="Kind"/>) and how to behave.</summary>
public sealed class SeedPhoneRule
{
    public string? Number { get; set; }

    public string? EndsWith { get; set; }

    public string? Kind { get; set; }

    public string? Behaviour { get; set; }

    public double AnswerAfterSeconds { get; set; }

    public double? HangUpAfterSeconds { get; set; }

    public string? Digits { get; set; }

    /// <summary>How many calls the phone rings or talks on at once; absent: as many as the default phone (itself 1 when absent).</summary>
    public int? Lines { get; set; }
}
