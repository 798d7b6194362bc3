using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>The <c>request</c> part of a fax upload: the vendor's Fax resource, <c>{"recipients":["7778888"]}</c>.</summary>
public sealed class FaxRequestPart
{
    [JsonConverter(typeof(LenientStringListConverter))]
    public List<string>? Recipients { get; set; }
}
