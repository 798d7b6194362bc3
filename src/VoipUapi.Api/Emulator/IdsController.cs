using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>Call ids that repeat from run to run: with a seed, they are a pure function of it and the order of calls.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/ids")]
public sealed class IdsController(EmulatorControl control) : EmulatorControllerBase
{
    /// <summary>The seed call ids follow; null when they are random.</summary>
    [HttpGet]
    [ProducesResponseType<IdSeedState>(StatusCodes.Status200OK, "application/json")]
    public IdSeedState Get() => control.Ids();

    /// <summary>Starts the call ids again from <c>seed</c> (<c>{"seed":42}</c>), or makes them random (<c>{"seed":null}</c>).</summary>
    [HttpPut]
    [ProducesResponseType<IdSeedState>(StatusCodes.Status200OK, "application/json")]
    public IdSeedState Change([FromBody] IdSeedChange change) => control.ReseedIds(change.Seed);
}
