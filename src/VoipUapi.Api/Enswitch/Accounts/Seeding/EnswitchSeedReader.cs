using VoipUapi.Api.Hosting;
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
        if (DialectSeedSection.Read(seed, DialectName, EnswitchSeedJsonContext.Default.EnswitchSeed, "roles, ratePlans, customers and people") is not var (parsed, where))
        {
            return EnswitchDirectory.Empty;
        }

        return new EnswitchSeedChecker(where, seed.Directory).Build(parsed);
    }
}
