namespace VoipUapi.HttpFloor;

/// <summary>The shape of the benchmark's simple-call body.</summary>
public sealed record FloorCallPayload(string? Extension, IReadOnlyList<FloorCallView>? PhoneCallView);
