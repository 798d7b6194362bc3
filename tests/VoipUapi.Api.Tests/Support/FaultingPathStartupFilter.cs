using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace VoipUapi.Api.Tests.Support;

/// <summary>Throws for any path no route serves that ends in <see cref="Segment"/>, behind the emulator's own pipeline: a fault outside any controller.</summary>
public sealed class FaultingPathStartupFilter : IStartupFilter
{
    public const string Segment = "fault-for-test";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Use((HttpContext context, RequestDelegate following) => context.Request.Path.Value?.EndsWith(Segment, StringComparison.Ordinal) == true
            ? throw new InvalidOperationException("a fault for the test")
            : following(context));
    };
}
