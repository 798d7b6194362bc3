using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Uapi.Hosting;

/// <summary>In the OpenAPI document, the UnifiedAPI's routes (and only they) need a bearer token of its OAuth scheme.</summary>
public sealed class UapiSecurityFilter : IOperationFilter
{
    /// <summary>The id of the OAuth2 client-credentials scheme the host's document defines.</summary>
    public const string SchemeId = "oauth2";

    /// <summary>Client credentials of a seed app; the token comes from the emulator's own POST /oauth/token.php.</summary>
    public static OpenApiSecurityScheme Scheme => new()
    {
        Type = SecuritySchemeType.OAuth2,
        Description = "Client credentials of an app in the seed; the token comes from POST /oauth/token.php.",
        Flows = new OpenApiOAuthFlows
        {
            ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/oauth/token.php", UriKind.Relative), Scopes = new Dictionary<string, string>() },
        },
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.MethodInfo.DeclaringType?.IsAssignableTo(typeof(UapiControllerBase)) == true)
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
        }
    }
}
