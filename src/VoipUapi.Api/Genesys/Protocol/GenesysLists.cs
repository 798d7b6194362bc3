using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>
/// The GET rules of the Return Values page: a list answers <c>uris</c>; with <c>?fields=*</c> the objects under the
/// resource's plural name, with <c>?fields=a,b</c> only those members of each.
/// </summary>
public static class GenesysLists
{
    public static GenesysAnswer Answer(string name, IReadOnlyList<JsonObject> items, string? fields)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (fields is null)
        {
            return GenesysAnswer.Ok(new JsonObject { ["uris"] = new JsonArray([.. items.Select(item => (JsonNode?)item["uri"]?.DeepClone())]) });
        }

        string[] wanted = fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (wanted.Length == 0)
        {
            return GenesysError.Invalid("fields is blank; send fields=* for every field, or a comma list such as fields=id,state.");
        }

        var list = new JsonArray();
        foreach (JsonObject item in items)
        {
            list.Add(wanted.Contains("*") ? item.DeepClone() : Only(item, wanted));
        }

        return GenesysAnswer.Ok(new JsonObject { [name] = list });
    }

    private static JsonObject Only(JsonObject item, string[] wanted)
    {
        var only = new JsonObject();
        foreach (string field in wanted.Where(item.ContainsKey))
        {
            only[field] = item[field]?.DeepClone();
        }

        return only;
    }
}
