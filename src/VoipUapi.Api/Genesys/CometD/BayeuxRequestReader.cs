using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VoipUapi.Api.Conventions;
using VoipUapi.Telephony.Text;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// Reads the Bayeux messages of a request: the JSON body of a POST (long-polling, whatever its Content-Type), or the
/// <c>message</c> query parameter of a callback-polling GET (<c>?jsonp=callback&amp;message=[...]</c>).
/// </summary>
public static partial class BayeuxRequestReader
{
    public const string CallbackParameter = "jsonp";
    public const string MessageParameter = "message";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// The request's messages, or why it has none that could be read; a body over <paramref name="maxBytes"/> throws
    /// the 413 <see cref="BadHttpRequestException"/> Kestrel throws for its own limit.
    /// </summary>
    public static async Task<BayeuxRequest> ReadAsync(HttpRequest request, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? callback = request.Query.TryGetValue(CallbackParameter, out var names) ? names.ToString() : null;
        if (callback is not null && !CallbackName().IsMatch(callback))
        {
            return BayeuxRequest.Refused($"jsonp {callback} is not a JavaScript function name; send letters, digits, _ and $ (and dots between names)", null);
        }

        string json;
        if (HttpMethods.IsGet(request.Method))
        {
            if (callback is null || !request.Query.TryGetValue(MessageParameter, out var message))
            {
                return BayeuxRequest.Refused("a GET carries callback-polling messages as ?jsonp=<callback>&message=<JSON array>; long-polling POSTs the JSON array as the body", callback);
            }

            json = message.ToString();
        }
        else
        {
            json = Encoding.UTF8.GetString(await JsonRequestBody.ReadLimitedAsync(request, maxBytes, request.HttpContext.RequestAborted)).TrimStart('\uFEFF');
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return BayeuxRequest.Refused("the request carries no Bayeux message; send a JSON array of messages such as [{\"channel\":\"/meta/handshake\",\"version\":\"1.0\",\"supportedConnectionTypes\":[\"long-polling\"]}]", callback);
        }

        try
        {
            return JsonNode.Parse(json, documentOptions: Strict) switch
            {
                JsonArray messages => BayeuxRequest.Of(messages, callback),
                JsonObject one => BayeuxRequest.Of([one], callback),
                _ => BayeuxRequest.Refused("the request is JSON but not an array of Bayeux messages; send [{\"channel\":...}, ...]", callback),
            };
        }
        catch (JsonException error)
        {
            string location = error.LineNumber is { } line ? $"line {line + 1}, position {error.BytePositionInLine + 1}: " : string.Empty;
            return BayeuxRequest.Refused($"the request is not valid JSON ({location}{JsonErrorText.WithoutLocation(error.Message)}); send a JSON array of Bayeux messages, each property once", callback);
        }
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$")]
    private static partial Regex CallbackName();
}
