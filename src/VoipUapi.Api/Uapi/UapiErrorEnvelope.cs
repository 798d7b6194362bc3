namespace VoipUapi.Api.Uapi;

/// <summary>The vendor's error envelope: <c>{"error":{"code":"pc_source_invalid","message":"…"}}</c>.</summary>
public sealed record UapiErrorEnvelope(UapiErrorBody Error)
{
    public static UapiErrorEnvelope From(UapiError error) => new(new UapiErrorBody(error.Code, error.Message));
}
