using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>A scheduled conference and who is in its room now.</summary>
/// <param name="Host">The Conference extension that hosts it: <c>0003*211</c>.</param>
/// <param name="Number">Its number on the host.</param>
/// <param name="Scheduled">False for a room whose conference was removed while people were in it: they stay until they leave.</param>
/// <param name="Open">Whether it accepts participants now (during one of its occurrences, if it has a start).</param>
/// <param name="Start">When its first occurrence opens; null when it is always open.</param>
/// <param name="End">When its first occurrence closes; null when it never does.</param>
/// <param name="Features"><c>toneOnJoin</c>, <c>musicWhileAlone</c>, <c>waitForAdmin</c>.</param>
/// <param name="Opened">When its first participant of the present room joined; null when nobody is in it.</param>
public sealed record ConferenceResource(
    string Host,
    string Number,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Name,
    bool Scheduled,
    bool Open,
    ConferencePinsResource Pins,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? MaxParticipants,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Start,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? End,
    IReadOnlyList<string> Features,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTime? Opened,
    IReadOnlyList<ConferenceParticipantResource> Participants);
