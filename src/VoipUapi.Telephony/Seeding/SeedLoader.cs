using System.Text.Json;
using System.Text.RegularExpressions;
using VoipUapi.Telephony.Text;

namespace VoipUapi.Telephony.Seeding;

/// <summary>Reads a seed (the embedded default, or a JSON file) and checks that everything it names exists.</summary>
public static partial class SeedLoader
{
    public const string DefaultSeedName = "embedded default seed";

    public static NetworkSeed LoadDefault()
    {
        using Stream stream = typeof(SeedLoader).Assembly.GetManifestResourceStream("VoipUapi.Telephony.default-seed.json")
            ?? throw new SeedException("The embedded default seed is missing from the assembly.");
        return Load(stream, DefaultSeedName);
    }

    public static NetworkSeed LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new SeedException($"seed {path}: no such file; give the path of a JSON seed (see docs/seed.md).");
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream, path);
    }

    public static NetworkSeed Load(Stream json, string source)
    {
        SeedDocument document;
        try
        {
            document = JsonSerializer.Deserialize(json, SeedJsonContext.Default.SeedDocument)
                ?? throw new SeedException($"seed {source}: the file holds null; it must hold one JSON object.");
        }
        catch (JsonException error)
        {
            string where = error.LineNumber is { } line ? $"line {line + 1}, position {error.BytePositionInLine + 1}: " : string.Empty;
            throw new SeedException($"seed {source}: {where}{Readable(error.Message)}", error);
        }

        return new SeedValidator(source).Build(document);
    }

    private static string Readable(string message) =>
        UnmappedMember().Replace(JsonErrorText.WithoutLocation(message), "the property '$1' is not part of the seed format (docs/seed.md).");

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '[^']*'\.")]
    private static partial Regex UnmappedMember();
}
