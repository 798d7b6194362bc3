namespace VoipUapi.Telephony.Phones;

/// <summary>
/// Gives <see cref="Behaviour"/> and <see cref="Lines"/> to every phone that matches all the criteria that are set;
/// a rule may set either or both, and each is decided by the first matching rule that sets it.
/// </summary>
/// <param name="Number">The exact number (<c>0003*210</c>, <c>3235742879</c>).</param>
/// <param name="EndsWith">A suffix of the number (<c>0002</c>).</param>
/// <param name="Kind">Only numbers of this kind.</param>
/// <param name="Behaviour">How a matching phone meets a call; null: a later rule or the default decides.</param>
/// <param name="Lines">How many calls a matching phone rings or talks on at once; null: a later rule or the default decides.</param>
public sealed record PhoneRule(string? Number, string? EndsWith, PhoneAddressKind? Kind, PhoneBehaviour? Behaviour, int? Lines = null)
{
    public bool Matches(PhoneAddress address) =>
        (Number is null || string.Equals(Number, address.Value, StringComparison.Ordinal))
        && (EndsWith is null || address.Value.EndsWith(EndsWith, StringComparison.Ordinal))
        && (Kind is null || Kind == address.Kind);
}
