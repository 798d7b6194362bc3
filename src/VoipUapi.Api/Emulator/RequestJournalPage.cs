namespace VoipUapi.Api.Emulator;

/// <summary>The answer of <c>GET /emulator/requests</c>.</summary>
/// <param name="Capacity">How many requests the journal keeps (<c>Emulator:JournalCapacity</c>); older ones are dropped.</param>
/// <param name="Requests">The kept requests, newest first.</param>
public sealed record RequestJournalPage(int Capacity, IReadOnlyList<RequestJournalEntry> Requests);
