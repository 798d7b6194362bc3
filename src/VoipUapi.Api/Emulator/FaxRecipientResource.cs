using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>One recipient of a fax, the call that carried it and what came of it.</summary>
/// <param name="State"><c>sending</c>, <c>sent</c>, <c>busy</c>, <c>noAnswer</c> or <c>failed</c>.</param>
/// <param name="Ended">When its call ended; null while it rings or transmits.</param>
public sealed record FaxRecipientResource(string Number, string CallId, string State, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Ended);
