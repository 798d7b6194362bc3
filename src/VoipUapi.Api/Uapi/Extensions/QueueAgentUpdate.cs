using System.Text.Json.Serialization;
using VoipUapi.Api.Uapi.Json;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The body of Update QueueAgents (the vendor's QueueAgent): <c>{"status":"1"}</c>.</summary>
public sealed class QueueAgentUpdate
{
    /// <summary><c>0</c> logged out, <c>1</c> online, <c>2</c> paused; a JSON number or string.</summary>
    /// <example>2</example>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Status { get; set; }
}
