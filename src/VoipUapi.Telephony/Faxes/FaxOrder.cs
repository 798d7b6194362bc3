namespace VoipUapi.Telephony.Faxes;

/// <summary>A fax to send from <paramref name="Sender"/> (a Phone Terminal extension, charged for its calls) to each recipient.</summary>
/// <param name="CallerId">Shown to each recipient's phone.</param>
public sealed record FaxOrder(Extension Sender, Organization Organization, IReadOnlyList<PhoneAddress> Recipients, IReadOnlyList<FaxDocument> Documents, CallerId CallerId);
