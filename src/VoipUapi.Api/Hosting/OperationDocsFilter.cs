using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Writes one dialect's <see cref="OperationDoc"/>s into the OpenAPI document, each keyed by method and route as the
/// document names them (<c>POST uapi/phoneCalls/{userId}/simple</c>); each dialect registers its own table.
/// </summary>
public sealed class OperationDocsFilter(IReadOnlyDictionary<string, OperationDoc> docs) : IOperationFilter
{
    /// <summary>The key of an operation in a table: <c>POST uapi/phoneCalls/{userId}/simple</c>.</summary>
    public static string KeyOf(string method, string? route) => $"{method.ToUpperInvariant()} {route}";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (!docs.TryGetValue(KeyOf(context.ApiDescription.HttpMethod ?? string.Empty, context.ApiDescription.RelativePath), out OperationDoc? doc))
        {
            return;
        }

        foreach ((string name, string value) in doc.Parameters ?? new Dictionary<string, string>())
        {
            if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name) is { } parameter)
            {
                parameter.Example = JsonValue.Create(value);
            }
        }

        if (doc.Body is not null && operation.RequestBody?.Content is { } content)
        {
            foreach ((string mediaType, IOpenApiMediaType described) in content)
            {
                if (described is OpenApiMediaType media && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
                {
                    media.Example = JsonNode.Parse(doc.Body);
                }
            }
        }

        if (doc.Form is not null)
        {
            operation.RequestBody = FormBody(doc.Form);
        }

        if (doc.Multipart is not null)
        {
            operation.RequestBody = MultipartBody(doc.Multipart, doc.Files ?? new Dictionary<string, string>());
        }

        if (doc.Answer is not null && operation.Responses?.FirstOrDefault(r => r.Key.StartsWith('2')).Value?.Content is { } answers)
        {
            foreach (OpenApiMediaType media in answers.Values.OfType<OpenApiMediaType>())
            {
                media.Example = JsonValue.Create(doc.Answer);
            }
        }

        foreach ((int status, IReadOnlyList<string> codes) in doc.ErrorCodes ?? new Dictionary<int, IReadOnlyList<string>>())
        {
            string key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.GetValueOrDefault(key) is OpenApiResponse response)
            {
                response.Description = $"{response.Description?.TrimEnd('.')}. Error codes: {string.Join(", ", codes.Select(code => $"`{code}`"))}.";
            }
        }
    }

    private static OpenApiRequestBody FormBody(IReadOnlyDictionary<string, string> fields) => ObjectBody(
        "application/x-www-form-urlencoded",
        fields.ToDictionary(field => field.Key, field => (IOpenApiSchema)new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(field.Value)] }));

    private static OpenApiRequestBody MultipartBody(IReadOnlyDictionary<string, string> parts, IReadOnlyDictionary<string, string> files) => ObjectBody(
        "multipart/form-data",
        parts.ToDictionary(part => part.Key, part => (IOpenApiSchema)new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = files.ContainsKey(part.Key) ? "binary" : null,
            Description = files.TryGetValue(part.Key, out string? name) ? $"A file, such as {name}." : null,
            Examples = [JsonValue.Create(part.Value)],
        }));

    private static OpenApiRequestBody ObjectBody(string mediaType, Dictionary<string, IOpenApiSchema> properties) => new()
    {
        Required = true,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = properties } },
        },
    };
}
