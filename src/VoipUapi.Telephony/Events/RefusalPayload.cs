using System.Globalization;

namespace VoipUapi.Telephony.Events;

/// <param name="Reason">Why the entry or the caller was turned away.</param>
/// <param name="WrongEntries">For a wrong entry: how many there were at this prompt; null when the caller was turned away outright.</param>
public sealed record RefusalPayload(string Reason, int? WrongEntries = null) : EventPayload
{
    public override string Describe() => WrongEntries is { } wrong
        ? string.Create(CultureInfo.InvariantCulture, $"{Reason} ({wrong} of {ConferenceInvite.MaxWrongEntries})")
        : Reason;
}
