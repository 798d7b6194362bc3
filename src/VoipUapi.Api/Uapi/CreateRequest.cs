using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi;

/// <summary>What every create request resolves to before its kind's own rules: the view, the charged extension and its user, the phones.</summary>
internal sealed record CreateRequest(PhoneCallViewPayload View, User User, Extension Extension, List<PhoneAddress> Sources, List<PhoneAddress> Destinations);
