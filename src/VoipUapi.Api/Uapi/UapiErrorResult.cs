namespace VoipUapi.Api.Uapi;

/// <summary>A UnifiedAPI error: its HTTP status and <c>{"error":{"code","message"}}</c>.</summary>
public sealed class UapiErrorResult(UapiError error) : UapiJsonResult(error.Status, UapiErrorEnvelope.From(error));
