using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>One call event on one extension, with the vendor's request parameters, in the order the vendor lists them.</summary>
public sealed record CallEventOccurrence(ExtensionNumber Extension, PhoneCallEventType Type, IReadOnlyList<KeyValuePair<string, string>> Parameters);
