namespace VoipUapi.Telephony.Calls;

/// <summary>A call from the public network to a local extension: the caller is on the line, the extension rings.</summary>
/// <param name="Extension">The called extension: charged for the call, its owner owns it.</param>
/// <param name="CallerId">Shown to the called phone; by default the caller's number.</param>
/// <param name="Digits">DTMF the caller sends when asked for input (a Conference extension asks for the number, then the PIN, each ended by <c>#</c>).</param>
public sealed record InboundCallOrder(
    string From,
    Extension Extension,
    Organization Organization,
    CallerId CallerId,
    TimeSpan? WaitForPickup = null,
    TimeSpan? Duration = null,
    string? Digits = null);
