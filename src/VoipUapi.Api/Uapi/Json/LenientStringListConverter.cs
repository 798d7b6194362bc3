using System.Text.Json;
using System.Text.Json.Serialization;

namespace VoipUapi.Api.Uapi.Json;

/// <summary>Reads a list of numbers written as strings or numbers; a lone string or number is a list of one.</summary>
public sealed class LenientStringListConverter : JsonConverter<List<string>>
{
    private static readonly LenientStringConverter Item = new();

    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return [Item.Read(ref reader, typeof(string), options)];
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(Item.Read(ref reader, typeof(string), options));
        }

        return items;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        value.ForEach(writer.WriteStringValue);
        writer.WriteEndArray();
    }
}
