namespace VoipUapi.Api.Emulator;

/// <summary>The emulator's clock: <c>{"mode":"manual","now":"2026-01-01T10:00:00Z","scale":1}</c>.</summary>
/// <param name="Mode"><c>realtime</c> (follows the real clock, <see cref="Scale"/> times as fast) or <c>manual</c> (frozen until advanced).</param>
/// <param name="Now">The emulated time, UTC.</param>
/// <param name="Scale">How many emulated seconds pass in a real second while the clock runs; 1 when it is frozen.</param>
public sealed record ClockState(string Mode, DateTime Now, double Scale);
