using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Swagger UI shows an operation's summary as plain text, so the code marks of the XML comments (<c>&lt;c&gt;</c>,
/// written as backticks) are dropped from every summary once the document is complete; descriptions are markdown and
/// keep them.
/// </summary>
public sealed class PlainSummariesFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        foreach (OpenApiOperation operation in swaggerDoc.Paths.Values.SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()))
        {
            operation.Summary = operation.Summary?.Replace("`", string.Empty, StringComparison.Ordinal);
        }
    }
}
