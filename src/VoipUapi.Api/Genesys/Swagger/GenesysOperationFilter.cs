using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Genesys.Auth;
using VoipUapi.Api.Genesys.Protocol;

namespace VoipUapi.Api.Genesys.Swagger;

/// <summary>
/// Genesys operations in the OpenAPI document: HTTP Basic credentials of an agent (or the session cookie an earlier
/// answer set), the <c>X-CSRF-TOKEN</c> header on a POST, the example of <see cref="GenesysExampleAttribute"/>, and
/// the refusals in the <c>{"statusCode":n,"statusMessage":"…"}</c> envelope (the CSRF refusal is plain text, as GWS's).
/// </summary>
public sealed class GenesysOperationFilter : IOperationFilter
{
    public const string SchemeId = "genesysBasic";

    /// <summary>What the description of an operation that needs a contact-center session says.</summary>
    public const string SessionNeeded = "Needs a contact-center session: POST /api/v2/me with StartContactCenterSession first.";

    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "basic",
        Description = "An agent of the seed (the default seed: agent1 / password). The answer sets the JSESSIONID cookie and "
            + "X-CSRF-TOKEN header that the session's POSTs send back.",
    };

    private static readonly (string Status, string Description)[] Refusals =
    [
        ("400", "A parameter is missing or wrong, or the operation does not fit the agent's state: statusCode 1, 2 or 10."),
        ("401", "No or wrong credentials: statusCode 20."),
        ("403", "A POST without the session's X-CSRF-TOKEN (plain text), or an operation the agent may not run (statusCode 3)."),
        ("404", "No such device or call of the agent: statusCode 6."),
        ("413", "The request body is larger than Genesys:MaxRequestBodyBytes: statusCode 10."),
    ];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.RelativePath?.StartsWith(GenesysRegistration.PathPrefix[1..], StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
        GenesysExampleAttribute? example = context.MethodInfo.GetCustomAttributes(typeof(GenesysExampleAttribute), inherit: false).OfType<GenesysExampleAttribute>().FirstOrDefault();
        operation.Parameters ??= [];
        if (example?.Id is { } id)
        {
            foreach (OpenApiParameter path in operation.Parameters.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Path))
            {
                path.Example = JsonValue.Create(id);
            }
        }

        if (example?.Query is { } query)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = query, In = ParameterLocation.Query, Description = example.QueryDescription, Example = JsonValue.Create(example.QueryExample),
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        if (example?.NeedsSession == true)
        {
            operation.Description = $"{operation.Description} {SessionNeeded}".Trim();
        }

        bool posts = string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase);
        if (posts)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = GenesysGate.CsrfTokenName, In = ParameterLocation.Header,
                Description = "The X-CSRF-TOKEN header of an earlier answer of the same session (with Genesys:Csrf on, the default).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            JsonNode? sample = example?.Body is { } body ? JsonNode.Parse(body) : null;
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    ["application/json"] = new OpenApiMediaType { Schema = GenesysBodySchema.Of(sample, GenesysOperations.Of(example?.Operations ?? GenesysOperationSet.None)), Example = sample },
                },
            };
        }

        operation.Responses ??= [];
        IOpenApiSchema envelope = Envelope(success: false);
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "statusCode 0, with the resource a GET asks for.",
            Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new OpenApiMediaType { Schema = Envelope(success: true) } },
        };
        foreach ((string status, string description) in Refusals.Where(refusal => posts || refusal.Status != "413"))
        {
            var content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new OpenApiMediaType { Schema = envelope } };
            if (status == "403")
            {
                content["text/plain"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            operation.Responses[status] = new OpenApiResponse { Description = description, Content = content };
        }
    }

    private static OpenApiSchema Envelope(bool success) => new()
    {
        Type = JsonSchemaType.Object,
        Required = success ? new HashSet<string>(StringComparer.Ordinal) { "statusCode" } : new HashSet<string>(StringComparer.Ordinal) { "statusCode", "statusMessage" },
        Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            ["statusCode"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
            ["statusMessage"] = new OpenApiSchema { Type = JsonSchemaType.String },
        },
    };
}
