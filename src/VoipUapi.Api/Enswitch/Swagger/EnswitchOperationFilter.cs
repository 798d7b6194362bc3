using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using VoipUapi.Api.Enswitch.Accounts;

namespace VoipUapi.Api.Enswitch.Swagger;

/// <summary>
/// Enswitch operations in the OpenAPI document: no OAuth token, <c>auth_username</c> and <c>auth_password</c> on
/// every one (with the default seed's <c>user</c> / <c>password</c> as examples), then the function's own parameters.
/// </summary>
public sealed class EnswitchOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (context.ApiDescription.RelativePath?.StartsWith(EnswitchRegistration.PathPrefix[1..], StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        operation.Security = [];
        operation.Parameters ??= [];
        operation.Parameters.Add(Parameter(new EnswitchParameterAttribute(EnswitchGate.UsernameKey, "Authentication username of a person of the seed.") { Required = true, Example = "user" }));
        operation.Parameters.Add(Parameter(new EnswitchParameterAttribute(EnswitchGate.PasswordKey, "Authentication password (never journaled or logged).") { Required = true, Example = "password" }));
        foreach (object attribute in context.MethodInfo.GetCustomAttributes(inherit: false))
        {
            IEnumerable<EnswitchParameterAttribute> documented = attribute switch
            {
                EnswitchParameterAttribute one => [one],
                IEnswitchParameterSource many => many.Parameters,
                _ => [],
            };
            foreach (EnswitchParameterAttribute parameter in documented)
            {
                operation.Parameters.Add(Parameter(parameter));
            }
        }
    }

    private static OpenApiParameter Parameter(EnswitchParameterAttribute parameter) => new()
    {
        Name = parameter.Name,
        In = ParameterLocation.Query,
        Required = parameter.Required,
        Description = parameter.Description,
        Schema = new OpenApiSchema { Type = parameter.Type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String },
        Example = parameter.Example switch
        {
            null => null,
            { } text when parameter.Type == "integer" && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out int number) => JsonValue.Create(number),
            { } text => JsonValue.Create(text),
        },
    };
}
