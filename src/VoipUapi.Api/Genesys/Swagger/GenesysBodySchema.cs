using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace VoipUapi.Api.Genesys.Swagger;

/// <summary>
/// The schema of a Genesys operation's body, read off its example: the controllers read their bodies themselves, so
/// MVC knows no type to describe. An object of the example's fields with their JSON types (others allowed: GWS
/// ignores fields it does not know), <c>operationName</c> required and one of the route's operations.
/// </summary>
public static class GenesysBodySchema
{
    private const string OperationName = "operationName";

    /// <param name="operations">The <c>operationName</c>s the route takes.</param>
    public static OpenApiSchema Of(JsonNode? example, IReadOnlyList<string> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        OpenApiSchema schema = example is JsonObject ? ShapeOf(example) : new OpenApiSchema { Type = JsonSchemaType.Object };
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        schema.Properties[OperationName] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. operations.Select(name => (JsonNode)JsonValue.Create(name))] };
        schema.Required = new HashSet<string>(StringComparer.Ordinal) { OperationName };
        return schema;
    }

    private static OpenApiSchema ShapeOf(JsonNode? node) => node switch
    {
        JsonObject fields => new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = fields.ToDictionary(field => field.Key, field => (IOpenApiSchema)ShapeOf(field.Value), StringComparer.Ordinal),
        },
        JsonArray items => new OpenApiSchema { Type = JsonSchemaType.Array, Items = ShapeOf(items.FirstOrDefault()) },
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.Number => new OpenApiSchema { Type = JsonSchemaType.Number },
            JsonValueKind.True or JsonValueKind.False => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            _ => new OpenApiSchema { Type = JsonSchemaType.String },
        },
        _ => new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
