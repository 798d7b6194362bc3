namespace VoipUapi.Api.Emulator;

/// <summary>Every scheduled conference, and every room still open after its conference was removed, by host and number.</summary>
public sealed record ConferenceListResource(int Count, IReadOnlyList<ConferenceResource> Conferences);
