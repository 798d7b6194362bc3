namespace VoipUapi.Api.Emulator;

/// <summary>The calls that match, newest first.</summary>
public sealed record CallListResource(int Count, IReadOnlyList<EmulatorCallResource> Calls);
