namespace VoipUapi.Api.Enswitch.Swagger;

/// <summary>
/// Documents one parameter of an Enswitch function in the OpenAPI document. The functions read their parameters
/// themselves (query string or form body), so MVC's API explorer cannot see them; <see cref="EnswitchOperationFilter"/>
/// turns these attributes into query parameters.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EnswitchParameterAttribute(string name, string description) : Attribute
{
    public string Name => name;

    public string Description => description;

    /// <summary><c>string</c> or <c>integer</c>.</summary>
    public string Type { get; init; } = "string";

    public bool Required { get; init; }

    /// <summary>A value that works with the default seed, for the Swagger UI and for tools that drive the document.</summary>
    public string? Example { get; init; }
}
