using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>The scheduled conferences and who is in them now.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/conferences")]
public sealed class ConferencesController(EmulatorConferences conferences) : EmulatorControllerBase
{
    /// <summary>Every scheduled conference with its PINs and the participants in its room now.</summary>
    [HttpGet]
    [ProducesResponseType<ConferenceListResource>(StatusCodes.Status200OK, "application/json")]
    public ConferenceListResource List() => conferences.All();

    /// <summary>One conference by its host extension and number, with the participants in its room now.</summary>
    /// <param name="host">The Conference extension with its organization code: 0003*211 (or 0003%2A211).</param>
    /// <param name="number">The conference's number on that extension.</param>
    [HttpGet("{host}/{number}")]
    [ProducesResponseType<ConferenceResource>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public IActionResult Get(string? host, string? number) => Answer(conferences.Find(host, number));
}
