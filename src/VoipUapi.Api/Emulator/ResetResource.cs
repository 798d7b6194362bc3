namespace VoipUapi.Api.Emulator;

/// <summary>What the emulator is like after a reset: its clock and the seed call ids follow.</summary>
public sealed record ResetResource(ClockState Clock, IdSeedState Ids);
