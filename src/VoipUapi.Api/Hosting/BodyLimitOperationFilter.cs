using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// In the OpenAPI document, an operation of one dialect (its routes under <paramref name="pathPrefix"/>) that takes a
/// body can answer 413 when the body passes that dialect's limit, in that dialect's error envelope.
/// </summary>
public sealed class BodyLimitOperationFilter(string pathPrefix, Type envelope, string mediaType) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.RequestBody is null || context.ApiDescription.RelativePath?.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        operation.Responses ??= [];
        operation.Responses["413"] = new OpenApiResponse
        {
            Description = "The request body is larger than this API accepts (docs/configuration.md).",
            Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
            {
                [mediaType] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(envelope, context.SchemaRepository) },
            },
        };
    }
}
