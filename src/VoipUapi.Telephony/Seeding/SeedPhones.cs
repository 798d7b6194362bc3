namespace VoipUapi.Telephony.Seeding;

public sealed class SeedPhones
{
    /// <summary>The behaviour of every phone no rule matches.</summary>
    public SeedPhoneRule Default { get; set; } = new() { Behaviour = "answer", AnswerAfterSeconds = 3 };

    public List<SeedPhoneRule> Rules { get; set; } = [];
}
