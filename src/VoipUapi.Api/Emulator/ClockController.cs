using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>The emulator's clock: read it, freeze it, run it faster, move it forward.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/clock")]
public sealed class ClockController(EmulatorControl control) : EmulatorControllerBase
{
    /// <summary>The clock's mode, time and scale.</summary>
    [HttpGet]
    [ProducesResponseType<ClockState>(StatusCodes.Status200OK, "application/json")]
    public ClockState Get() => control.Clock();

    /// <summary>Freezes the clock (<c>{"mode":"manual"}</c>), runs it (<c>{"mode":"realtime","scale":10}</c>) or moves it forward to a time (<c>{"now":"2026-01-01T10:00:00Z"}</c>).</summary>
    /// <remarks>Moving to a time fires every ring, answer, timeout and hang-up due on the way, in order. A time in the past is refused: time only moves forward.</remarks>
    [HttpPut]
    [ProducesResponseType<ClockState>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Change([FromBody] ClockChange change) => Answer(control.ChangeClock(change));

    /// <summary>Moves the clock forward by <c>seconds</c> (0 to 31536000), firing every timer due on the way; answers the new clock.</summary>
    [HttpPost("advance")]
    [ProducesResponseType<ClockState>(StatusCodes.Status200OK, "application/json")]
    public IActionResult Advance([FromBody] ClockAdvance advance) => Answer(control.Advance(advance.Seconds!.Value));
}
