using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>
/// Every Enswitch answer: <c>{"responses":[{"code":"200","key":"","message":"OK"}],"data":…}</c>, with one response
/// per invalid parameter, and no <c>data</c> when the function returns none.
/// </summary>
public sealed record EnswitchEnvelope(
    [property: JsonPropertyName("responses")] IReadOnlyList<EnswitchResponse> Responses,
    [property: JsonPropertyName("data")] object? Data = null)
{
    private const string OkMessage = "OK";

    /// <summary>The code of the first response, which decides the HTTP status when <c>Enswitch:HttpStatusFromCode</c> is on.</summary>
    [JsonIgnore]
    public int FirstCode => Responses[0].NumericCode;

    public static EnswitchEnvelope Ok(object data) => new([new EnswitchResponse(EnswitchCodes.Ok, string.Empty, OkMessage)], data);

    /// <summary>Success without data (the vendor's 204, sent with its body).</summary>
    public static EnswitchEnvelope Done() => new([new EnswitchResponse(EnswitchCodes.Done, string.Empty, OkMessage)]);

    /// <summary><c>validation=1</c>: the input is valid and nothing was done.</summary>
    public static EnswitchEnvelope Validated() =>
        new([new EnswitchResponse(EnswitchCodes.Validated, string.Empty, "Input passed validation; nothing was changed (send validation=0 or leave it out to act).")]);

    /// <summary>One 400 per invalid parameter, each naming it in <c>key</c>.</summary>
    public static EnswitchEnvelope Invalid(IReadOnlyList<EnswitchResponse> problems) => new(problems);

    public static EnswitchEnvelope Invalid(string key, string message) => new([new EnswitchResponse(EnswitchCodes.Invalid, key, message)]);

    public static EnswitchEnvelope Unauthenticated(string key, string message) => new([new EnswitchResponse(EnswitchCodes.Unauthenticated, key, message)]);

    public static EnswitchEnvelope RoleForbids(string message) => new([new EnswitchResponse(EnswitchCodes.RoleForbids, string.Empty, message)]);

    public static EnswitchEnvelope RatePlanForbids(string message) => new([new EnswitchResponse(EnswitchCodes.RatePlanForbids, string.Empty, message)]);

    public static EnswitchEnvelope NotFound(string key, string message) => new([new EnswitchResponse(EnswitchCodes.NotFound, key, message)]);

    public static EnswitchEnvelope Failed(int code, string message) => new([new EnswitchResponse(code, string.Empty, message)]);
}
