using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>
/// Reads the seed's <c>dialects.unifiedapi</c> section, which the network passed on unread: the PhoneCallEvents
/// there from the start. A bad entry stops the start with a <see cref="SeedException"/> naming it.
/// </summary>
public static class UapiSeedReader
{
    public const string DialectName = "unifiedapi";

    public static IReadOnlyList<PhoneCallEventSubscription> Read(NetworkSeed seed, WebhookTargets targets, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (DialectSeedSection.Read(seed, DialectName, UapiSeedJsonContext.Default.UapiSeed, "phoneCallEvents") is not var (parsed, where))
        {
            return [];
        }

        return [.. parsed.PhoneCallEvents.Select((e, i) => Checked(e, $"{where}.phoneCallEvents[{i}]", seed.Directory, targets, now))];
    }

    private static PhoneCallEventSubscription Checked(SeedPhoneCallEvent seeded, string where, TelephonyDirectory directory, WebhookTargets targets, DateTimeOffset now)
    {
        if (!ExtensionNumber.TryParse(seeded.Extension, out ExtensionNumber number) || directory.FindExtension(number) is not { } extension)
        {
            throw new SeedException($"{where}: extension '{seeded.Extension}' is no extension of the seed; give an extended number such as 0003*210.");
        }

        if (!PhoneCallEventService.AllowedTypes.Contains(extension.Type))
        {
            throw new SeedException($"{where}: {number} is a {extension.Type} extension, which has no call events; give a Phone Terminal, Queue, Conference or IVR extension.");
        }

        if (seeded.Type is < 0 or > 4 || seeded.Method is not (0 or 1) || seeded.Status is not (0 or 1))
        {
            throw new SeedException($"{where}: type must be 0 to 4, method 0 or 1, status 0 or 1.");
        }

        if (!PhoneCallEventPayloadValidator.IsEventId(seeded.Id))
        {
            throw new SeedException($"{where}: id '{seeded.Id}' must be 1 to 255 letters and digits.");
        }

        if (!PhoneCallEventPayloadValidator.TryParseUrl(seeded.Url, out Uri? url) || !targets.Allows(url))
        {
            throw new SeedException($"{where}: url '{seeded.Url}' must be an absolute http or https URL on a host Uapi:Webhooks:AllowedHosts allows (loopback always).");
        }

        return new PhoneCallEventSubscription(number, (PhoneCallEventType)seeded.Type, seeded.Id!, url, seeded.Method == 1, seeded.Status == 1, seeded.Note, now);
    }
}
