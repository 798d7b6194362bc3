using VoipUapi.Telephony.Faxes;

namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>A fax upload as read: its files (each with the start of its content only) and its recipients as written.</summary>
public sealed record FaxUpload(IReadOnlyList<FaxDocument> Files, IReadOnlyList<string> Recipients);
