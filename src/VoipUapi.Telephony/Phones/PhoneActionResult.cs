namespace VoipUapi.Telephony.Phones;

/// <param name="Call">The call the action changed, as it is afterwards.</param>
/// <param name="Message">Why the action was not possible, naming what the phone is doing.</param>
public sealed record PhoneActionResult(PhoneActionOutcome Outcome, Call? Call, string? Message = null)
{
    public static PhoneActionResult NotPossible(string message) => new(PhoneActionOutcome.NotPossible, null, message);
}
