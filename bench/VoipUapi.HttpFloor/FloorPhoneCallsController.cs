using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.HttpFloor;

/// <summary>The emulator's routes as thin MVC actions: bind, answer, nothing else.</summary>
[ApiController]
[Route("uapi/phoneCalls/{userId}")]
public sealed class FloorPhoneCallsController : ControllerBase
{
    [HttpPost("simple")]
    public IActionResult Create(string userId, [FromBody] FloorCallPayload payload) =>
        StatusCode(StatusCodes.Status202Accepted, FloorAnswers.Created(userId, payload));

    [HttpGet("{extension}")]
    public IActionResult List(string userId, string extension) => Ok(FloorAnswers.Listed(userId, extension));
}
