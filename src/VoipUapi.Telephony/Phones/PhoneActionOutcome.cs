namespace VoipUapi.Telephony.Phones;

public enum PhoneActionOutcome
{
    Done,

    /// <summary>The phone is not doing what the action needs (answer a phone that does not ring, hang up an idle one).</summary>
    NotPossible,
}
