using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Hosting;

/// <summary>A dialect's section of the seed (<c>dialects.NAME</c>), which the network passes on unread.</summary>
public static class DialectSeedSection
{
    /// <summary>
    /// The section read as <typeparamref name="T"/>, with where it stands for messages (<c>seed PATH: dialects.NAME</c>);
    /// null when the seed has no such section. JSON that does not fit, or a null section, stops the start with a
    /// <see cref="SeedException"/> naming the path and, for a null one, what to give (<paramref name="contents"/>).
    /// </summary>
    public static (T Section, string Where)? Read<T>(NetworkSeed seed, string dialect, JsonTypeInfo<T> type, string contents)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.Dialects.TryGetValue(dialect, out JsonElement section))
        {
            return null;
        }

        string where = $"seed {seed.Source}: dialects.{dialect}";
        T? parsed;
        try
        {
            parsed = section.Deserialize(type);
        }
        catch (JsonException error)
        {
            string unmapped = error.Message.Contains("could not be mapped", StringComparison.Ordinal) ? " (a property that is not part of the format, docs/seed.md)" : string.Empty;
            throw new SeedException($"{where}: {error.Path}: {error.Message.Split(" Path:")[0]}{unmapped}", error);
        }

        return (parsed ?? throw new SeedException($"{where}: the section is null; give an object with {contents}."), where);
    }
}
