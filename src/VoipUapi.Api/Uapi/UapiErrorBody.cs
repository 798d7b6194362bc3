namespace VoipUapi.Api.Uapi;

/// <summary>The inner object of the vendor's envelope.</summary>
public sealed record UapiErrorBody(string Code, string Message);
