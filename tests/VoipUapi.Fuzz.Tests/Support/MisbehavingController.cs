using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using VoipUapi.Telephony;

namespace VoipUapi.Fuzz.Tests.Support;

/// <summary>
/// Routes that each break one rule the fuzzer checks, only in a test host that adds this assembly as an application
/// part: they show that each oracle fails a run, and they appear in the document as any new route would.
/// </summary>
[ApiController]
[Route("uapi/test-only")]
[Produces("application/json")]
public sealed class MisbehavingController(TelephonyNetwork network, IHostApplicationLifetime lifetime) : ControllerBase
{
    private const string Envelope = """{"error":{"code":"request_invalid","message":"The request is invalid: refused on purpose."}}""";

    [HttpGet("fault/{id}")]
    [ProducesResponseType<ShapedAnswer>(StatusCodes.Status200OK)]
    public IActionResult Fault(string id) => throw new InvalidOperationException($"a deliberate fault for {id} on {Request.Path}");

    [HttpGet("bare-error/{id}")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public IActionResult BareError(string id) => Answer($"no envelope for {id.Length} characters on {Request.Path}", "text/plain");

    [HttpDelete("refuse-after-hanging-up/{id}")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public IActionResult RefuseAfterHangingUp(string id)
    {
        foreach (var call in network.LiveCalls.ToList())
        {
            network.HangUp(call.Id);
        }

        return Answer(Envelope);
    }

    [HttpGet("leak/{id}")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public IActionResult Leak(string id) =>
        Answer($$$"""{"error":{"code":"request_invalid","message":"failed for {{{id.Length}}} characters of {{{Request.Path.Value?.Length}}}:    at Emulator.Lookup(String id) in Lookup.cs:line 42"}}""");

    [HttpGet("blank-taken/{id}")]
    [ProducesResponseType<ShapedAnswer>(StatusCodes.Status200OK)]
    public IActionResult BlankTaken(string? id) => Ok(new ShapedAnswer { Name = id ?? "every call" });

    [HttpGet("other-shape/{id}")]
    [ProducesResponseType<ShapedAnswer>(StatusCodes.Status200OK)]
    public IActionResult OtherShape(string id) => Ok(new { other = id.Length });

    [HttpPost("/uapi/test-stop/{id}")]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public IActionResult Stop(string id)
    {
        lifetime.StopApplication();
        return Answer(Envelope);
    }

    private static ContentResult Answer(string content, string type = "application/json") =>
        new() { StatusCode = StatusCodes.Status400BadRequest, Content = content, ContentType = type };
}
