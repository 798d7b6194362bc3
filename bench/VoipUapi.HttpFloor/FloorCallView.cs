namespace VoipUapi.HttpFloor;

public sealed record FloorCallView(IReadOnlyList<string>? Source, IReadOnlyList<string>? Destination, string? CallerId);
