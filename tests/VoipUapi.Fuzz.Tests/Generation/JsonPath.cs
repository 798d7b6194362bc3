using System.Text.Json.Nodes;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>Where a value sits in a sample body (<c>phoneCallView[0].source</c>), to leave it out or replace it in a copy.</summary>
public sealed class JsonPath
{
    private const int MaxDepth = 4;
    private readonly object[] _steps;

    private JsonPath(object[] steps) => _steps = steps;

    /// <summary>Every property and array item under <paramref name="root"/>, outermost first.</summary>
    public static IEnumerable<JsonPath> AllIn(JsonObject root) => Under(root, []);

    /// <summary>A copy of <paramref name="root"/> without this value.</summary>
    public JsonObject Without(JsonObject root)
    {
        JsonObject copy = (JsonObject)root.DeepClone();
        switch (ParentIn(copy))
        {
            case JsonObject parent:
                parent.Remove((string)_steps[^1]);
                break;
            case JsonArray items:
                items.RemoveAt((int)_steps[^1]);
                break;
        }

        return copy;
    }

    /// <summary>A copy of <paramref name="root"/> with <paramref name="value"/> in place of this value.</summary>
    public JsonObject With(JsonObject root, JsonNode? value)
    {
        JsonObject copy = (JsonObject)root.DeepClone();
        switch (ParentIn(copy))
        {
            case JsonObject parent:
                parent[(string)_steps[^1]] = value?.DeepClone();
                break;
            case JsonArray items:
                items[(int)_steps[^1]] = value?.DeepClone();
                break;
        }

        return copy;
    }

    public override string ToString() =>
        string.Concat(_steps.Select((step, i) => step is int index ? $"[{index}]" : i == 0 ? (string)step : $".{step}"));

    private static IEnumerable<JsonPath> Under(JsonNode node, object[] steps)
    {
        if (steps.Length >= MaxDepth)
        {
            yield break;
        }

        IEnumerable<(object Step, JsonNode? Child)> children = node switch
        {
            JsonObject fields => fields.Select(field => ((object)field.Key, field.Value)),
            JsonArray items => items.Select((item, index) => ((object)index, item)),
            _ => [],
        };
        foreach ((object step, JsonNode? child) in children.ToList())
        {
            object[] path = [.. steps, step];
            yield return new JsonPath(path);
            if (child is not null)
            {
                foreach (JsonPath deeper in Under(child, path))
                {
                    yield return deeper;
                }
            }
        }
    }

    private JsonNode? ParentIn(JsonObject root)
    {
        JsonNode? at = root;
        foreach (object step in _steps[..^1])
        {
            at = step is int index ? at?.AsArray()[index] : at?.AsObject()[(string)step];
        }

        return at;
    }
}
