namespace VoipUapi.Telephony.Faxes;

/// <summary>A fax's call to one recipient and what came of it.</summary>
public sealed record FaxDelivery(PhoneAddress Recipient, CallId CallId, FaxDeliveryState State, DateTimeOffset? Ended = null);
