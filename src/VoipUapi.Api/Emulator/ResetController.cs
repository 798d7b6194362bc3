using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>Puts the emulator back as it started, between two tests.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/reset")]
public sealed class ResetController(EmulatorControl control) : EmulatorControllerBase
{
    /// <summary>Ends every live call, starts the seed's calls in progress again, forgets ended calls and scripted phones, restarts call ids and restores the clock's start mode.</summary>
    /// <remarks>
    /// Live calls end with disposition <c>unknown</c>; the seed's calls in progress (its <c>calls</c> section, unless
    /// <c>Telephony:StartSeedCalls</c> is false) are live again right after, as at the start, and its conferences are
    /// as the seed made them. Call ids start again from <c>--id-seed</c>. A clock started in real time jumps to the real now; a clock
    /// started with <c>--clock manual</c> is frozen where it stands. Tokens stay valid. Safe while other requests run:
    /// each of them happens wholly before or wholly after the reset.
    /// </remarks>
    [HttpPost]
    [ProducesResponseType<ResetResource>(StatusCodes.Status200OK, "application/json")]
    public ResetResource Reset() => control.Reset();
}
