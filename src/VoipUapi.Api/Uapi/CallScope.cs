using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Uapi;

/// <summary>The user a list or hang-up request names, and the extensions (extended numbers) it covers.</summary>
public sealed record CallScope(User User, List<string> Extensions);
