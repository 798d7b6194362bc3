using System.Globalization;
using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>One result of an Enswitch request: its code (a string, as the vendor writes it), the parameter it is about, and a message.</summary>
public sealed record EnswitchResponse(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("message")] string Message)
{
    public EnswitchResponse(int code, string key, string message)
        : this(code.ToString(CultureInfo.InvariantCulture), key, message)
    {
    }

    [JsonIgnore]
    public int NumericCode => int.Parse(Code, CultureInfo.InvariantCulture);
}
