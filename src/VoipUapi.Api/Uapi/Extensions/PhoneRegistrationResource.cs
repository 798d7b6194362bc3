namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>One registration of an extension (the vendor's PhoneRegistration).</summary>
/// <param name="Agent">The phone's user agent; absent when it is not registered.</param>
/// <param name="Registration"><c>1</c> registered, <c>-1</c> not registered.</param>
/// <param name="Status">As the presence's status.</param>
/// <param name="Expire">When the registration expires; absent when it is not registered.</param>
public sealed record PhoneRegistrationResource(string? Agent, string Registration, string Status, string? Expire);
