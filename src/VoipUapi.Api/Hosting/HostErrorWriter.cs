namespace VoipUapi.Api.Hosting;

/// <summary>Writes <paramref name="error"/> in one API's error envelope; the status is already set on the response.</summary>
public delegate Task HostErrorWriter(HttpContext context, HostError error);
