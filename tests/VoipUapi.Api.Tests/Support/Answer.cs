using System.Net;
using System.Text.Json;

namespace VoipUapi.Api.Tests.Support;

/// <summary>An HTTP answer read whole: status, media type, Location and body.</summary>
public sealed record Answer(HttpStatusCode Status, string? ContentType, Uri? Location, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The answer's JSON after checking its status is <paramref name="status"/>.</summary>
    public JsonElement Expect(HttpStatusCode status)
    {
        Status.Should().Be(status, Body);
        return Json;
    }

    /// <summary>The <c>detail</c> of a problem answer, after checking that it is an RFC 7807 problem with this status.</summary>
    public string ProblemDetail(HttpStatusCode status)
    {
        Status.Should().Be(status, Body);
        ContentType.Should().Be("application/problem+json");
        Json.GetProperty("status").GetInt32().Should().Be((int)status);
        return Json.GetProperty("detail").GetString()!;
    }
}
