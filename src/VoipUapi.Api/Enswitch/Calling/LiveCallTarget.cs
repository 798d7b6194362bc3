using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>The live call, or its leg <paramref name="Leg"/>, a request named by <paramref name="Key"/> (<c>callid</c> or <c>uniqueid</c>) as <paramref name="Named"/>.</summary>
public sealed record LiveCallTarget(Call Call, int? Leg, string Key, string Named);
