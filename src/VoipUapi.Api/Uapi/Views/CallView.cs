using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;
namespace VoipUapi.Api.Uapi.Views;

/// <summary>The call from the perspective of one local extension (vendor PhoneCallView).</summary>
public sealed record CallView(
    string Id,
    ExtensionNumber Extension,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Destination,
    CallFlow Flow,
    CallViewStatus Status,
    DateTimeOffset? Ringing,
    DateTimeOffset? Answered,
    CallerId CallerId,
    CallDisposition? Disposition);
