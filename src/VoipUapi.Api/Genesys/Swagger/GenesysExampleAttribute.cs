using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys.Swagger;

/// <summary>
/// In the OpenAPI document, a Genesys operation's example: the JSON body it sends (the controllers read their bodies
/// themselves, so MVC describes none), its query parameters, and its path values; each works against a freshly started
/// default seed.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class GenesysExampleAttribute : Attribute
{
    /// <summary>The JSON body of a POST.</summary>
    public string? Body { get; init; }

    /// <summary>The <c>operationName</c>s a POST takes, which the document lists; every POST names its set.</summary>
    public GenesysOperationSet Operations { get; init; }

    /// <summary>The query parameter the operation reads (the controllers read it themselves, so MVC describes none).</summary>
    public string? Query { get; init; }

    /// <summary>The example value of <see cref="Query"/>.</summary>
    public string? QueryExample { get; init; }

    /// <summary>What <see cref="Query"/> does.</summary>
    public string? QueryDescription { get; init; }

    /// <summary>The path's <c>{id}</c>, from the default seed.</summary>
    public string? Id { get; init; }

    /// <summary>The operation needs a contact-center session: the document says so, and its example runs after one is started.</summary>
    public bool NeedsSession { get; init; }
}
