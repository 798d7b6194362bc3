using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>A PhoneCallEvent: the request the emulator makes to <see cref="Url"/> when <see cref="Type"/> happens on <see cref="Extension"/>.</summary>
/// <param name="UsesPost">True: a form body (vendor <c>method</c> 1); false: a query string (0).</param>
/// <param name="Enabled">Vendor <c>status</c> 1; a disabled event (0) is kept but makes no request.</param>
public sealed record PhoneCallEventSubscription(
    ExtensionNumber Extension,
    PhoneCallEventType Type,
    string Id,
    Uri Url,
    bool UsesPost,
    bool Enabled,
    string? Note,
    DateTimeOffset Modified);
