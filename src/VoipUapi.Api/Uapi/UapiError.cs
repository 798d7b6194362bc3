namespace VoipUapi.Api.Uapi;

/// <summary>A UnifiedAPI error: the vendor's code, a message that says what to send instead, and the HTTP status.</summary>
public sealed record UapiError(string Code, string Message, int Status = StatusCodes.Status400BadRequest);
