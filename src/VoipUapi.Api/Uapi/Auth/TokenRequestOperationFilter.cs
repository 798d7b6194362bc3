using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>
/// In the OpenAPI document, the token endpoint takes the form it reads itself (the action binds no parameter for it):
/// <c>grant_type</c>, <c>client_id</c>, <c>client_secret</c>, and the <c>type</c> and <c>redirect_uri</c> 4PSA's
/// clients send.
/// </summary>
public sealed class TokenRequestOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.MethodInfo.DeclaringType != typeof(OAuthTokenController))
        {
            return;
        }

        var form = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string>(StringComparer.Ordinal) { "grant_type" },
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
            {
                ["grant_type"] = Text("client_credentials, the emulator's only grant"),
                ["client_id"] = Text("the App Key of a seed app; or send it with client_secret as HTTP Basic credentials"),
                ["client_secret"] = Text("the App Secret of that app"),
                ["type"] = Text("unifiedapi, as 4PSA's clients send it; ignored"),
                ["redirect_uri"] = Text("ignored"),
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
            {
                ["application/x-www-form-urlencoded"] = new OpenApiMediaType { Schema = form },
                ["multipart/form-data"] = new OpenApiMediaType { Schema = form },
            },
        };
    }

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
}
