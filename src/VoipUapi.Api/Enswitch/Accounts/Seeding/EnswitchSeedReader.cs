using System.Text.Json;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

/// <summary>
/// Reads the seed's <c>dialects.enswitch</c> section, which the network passed on unread, and checks it against the
/// network's directory: a bad section stops the start with a <see cref="SeedException"/> naming the entity.
/// </summary>
public static class EnswitchSeedReader
{
    public const string DialectName = "enswitch";

    public static EnswitchDirectory Read(NetworkSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.Dialects.TryGetValue(DialectName, out JsonElement section))
        {
            return EnswitchDirectory.Empty;
        }

        string where = $"seed {seed.Source}: dialects.{DialectName}";
        EnswitchSeed? parsed;
        try
        {
            parsed = section.Deserialize(EnswitchSeedJsonContext.Default.EnswitchSeed);
        }
        catch (JsonException error)
        {
            string unmapped = error.Message.Contains("could not be mapped", StringComparison.Ordinal) ? " (a property that is not part of the format, docs/seed.md)" : string.Empty;
            throw new SeedException($"{where}: {error.Path}: {error.Message.Split(" Path:")[0]}{unmapped}", error);
        }

        return new EnswitchSeedChecker(where, seed.Directory)
            .Build(parsed ?? throw new SeedException($"{where}: the section is null; give an object with roles, ratePlans, customers and people."));
    }
}
