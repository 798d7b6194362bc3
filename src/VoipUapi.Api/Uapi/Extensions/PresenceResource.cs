namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The presence of one extension (wiki VNUAPI30 "Presence Resource"); absent fields are left out.</summary>
/// <param name="Status"><c>1</c> online, <c>2</c> ringing, <c>3</c> busy, <c>0</c> unknown (not registered).</param>
/// <param name="Extension">The extended number.</param>
/// <param name="Registration">Where the extension is registered: one entry, its phone.</param>
public sealed record PresenceResource(string? Status, string? Extension, IReadOnlyList<PhoneRegistrationResource>? Registration);
