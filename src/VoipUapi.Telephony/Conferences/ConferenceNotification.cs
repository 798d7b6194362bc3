namespace VoipUapi.Telephony.Conferences;

/// <summary>Someone told just before a conference starts: a number to call or an address to write to, and the role they get.</summary>
/// <param name="Id">Given by the <see cref="ConferenceDirectory"/> when the notification is added; 0 before.</param>
public sealed record ConferenceNotification(int Id, ConferenceNotificationKind Kind, string Destination, ConferenceRole Role);
