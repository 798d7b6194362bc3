using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace VoipUapi.Api.Emulator;

/// <summary>In the OpenAPI document, control-API operations need no OAuth token, only the optional <c>X-Emulator-Key</c> header.</summary>
public sealed class ControlKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith(EmulatorControlPaths.Prefix[1..], StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        operation.Security = [];
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ControlKeyMiddleware.Header,
            In = ParameterLocation.Header,
            Required = false,
            Description = "The control key, when the emulator was started with --control-key (Emulator:ControlKey); a client that cannot set headers (EventSource) sends it as ?controlKey= instead.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
    }
}
