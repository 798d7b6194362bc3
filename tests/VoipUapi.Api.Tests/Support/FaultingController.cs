using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Tests.Support;

/// <summary>
/// Routes that fail on purpose, one under each envelope's prefix: they exist only in a test host that adds this
/// assembly as an application part, so that what a bug of the emulator answers can be tested.
/// </summary>
[ApiController]
public sealed class FaultingController : ControllerBase
{
    public const string Message = "a deliberate fault of the test host";

    [HttpGet("uapi/test-only/fault")]
    [HttpGet("oauth/test-only/fault")]
    [HttpGet("emulator/test-only/fault")]
    [HttpGet("test-only/fault")]
    public IActionResult Fail() => throw new InvalidOperationException($"{Message} on {Request.Path}");
}
