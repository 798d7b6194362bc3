namespace VoipUapi.Api.Emulator;

/// <summary>The phones of <c>GET /emulator/phones</c>: the seed's extensions, then every other phone a live call rings or talks on.</summary>
public sealed record PhoneListResource(int Count, IReadOnlyList<PhoneStatusResource> Phones);
