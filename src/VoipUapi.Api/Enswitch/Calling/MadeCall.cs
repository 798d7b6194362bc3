using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>The data of <c>calls/make</c> with <c>wait</c>: the server and the call id (empty while a <c>delay</c> holds the call back).</summary>
public sealed record MadeCall(
    [property: JsonPropertyName("server")] string Server,
    [property: JsonPropertyName("callid")] string CallId);
