using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// The base of every controller, in place of MVC's <see cref="ControllerBase"/>: the request's context and the two
/// answers more than one dialect gives. MVC models every public method and property of every controller when the
/// host starts, and <see cref="ControllerBase"/> brings about 150 of its own to each (docs/decisions/0036).
/// </summary>
[Controller]
public abstract class PlainController
{
    /// <summary>Set by MVC for each request.</summary>
    [ControllerContext]
    public ControllerContext ControllerContext { get => field ??= new ControllerContext(); set; }

    protected HttpContext HttpContext => ControllerContext.HttpContext;

    protected HttpRequest Request => HttpContext.Request;

    protected HttpResponse Response => HttpContext.Response;

    protected static OkObjectResult Ok(object? value) => new(value);

    protected static NoContentResult NoContent() => new();
}
