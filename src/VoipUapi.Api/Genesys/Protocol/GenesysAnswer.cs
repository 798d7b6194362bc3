using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>
/// What a Genesys request answers: <c>{"statusCode":0, …}</c> with the resource members, or
/// <c>{"statusCode":n,"statusMessage":"…"}</c> and nothing else (Return Values page), with its HTTP status.
/// </summary>
public sealed class GenesysAnswer : IActionResult
{
    private readonly JsonObject _body;
    private readonly int _httpStatus;

    private GenesysAnswer(JsonObject body, int httpStatus)
    {
        _body = body;
        _httpStatus = httpStatus;
    }

    public static GenesysAnswer Ok(JsonObject? members = null)
    {
        var body = new JsonObject { ["statusCode"] = 0 };
        foreach ((string name, JsonNode? value) in members ?? [])
        {
            body[name] = value?.DeepClone();
        }

        return new GenesysAnswer(body, StatusCodes.Status200OK);
    }

    public static GenesysAnswer Failed(GenesysError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new GenesysAnswer(new JsonObject { ["statusCode"] = (int)error.Status, ["statusMessage"] = error.Message }, error.HttpStatus);
    }

    public static implicit operator GenesysAnswer(GenesysError error) => Failed(error);

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(context.HttpContext);
    }

    /// <param name="status">The HTTP status to keep (one a middleware already set); null: the statusCode's.</param>
    public async Task WriteAsync(HttpContext context, int? status = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status ?? _httpStatus;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        _body.WriteTo(writer);
    }
}
