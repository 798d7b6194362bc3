using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>
/// The PhoneCallEvents of every extension, kept by the UnifiedAPI dialect (the engine knows nothing of them), found
/// by extension without a scan; <c>POST /emulator/reset</c> puts back those of the seed and forgets the others.
/// </summary>
public sealed class PhoneCallEventStore : IResetWithEmulator
{
    public const int GeneratedIdLength = 30;

    private const string IdCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lock _gate = new();
    private readonly Dictionary<ExtensionNumber, List<PhoneCallEventSubscription>> _byExtension = [];
    private readonly IReadOnlyList<PhoneCallEventSubscription> _seeded;
    private int _count;

    /// <param name="seeded">The seed's PhoneCallEvents (<see cref="UapiSeedReader"/>).</param>
    public PhoneCallEventStore(IOptions<WebhookOptions> options, IReadOnlyList<PhoneCallEventSubscription> seeded)
    {
        ArgumentNullException.ThrowIfNull(options);
        Capacity = options.Value.MaxSubscriptions;
        _seeded = seeded;
        Reset();
    }

    public int Capacity { get; }

    /// <summary>A fresh id of the vendor's form (30 letters and digits), unused on <paramref name="extension"/> and <paramref name="type"/>.</summary>
    public string NewId(ExtensionNumber extension, PhoneCallEventType type)
    {
        while (true)
        {
            string id = RandomNumberGenerator.GetString(IdCharacters, GeneratedIdLength);
            if (Find(extension, type, id) is null)
            {
                return id;
            }
        }
    }

    /// <summary>Keeps <paramref name="subscription"/> unless the store is full or the id is taken on its extension and type (say which).</summary>
    public PhoneCallEventAdding TryAdd(PhoneCallEventSubscription subscription)
    {
        lock (_gate)
        {
            return AddLocked(subscription);
        }
    }

    /// <summary>Replaces the kept subscription of the same extension, type and id; false when there is none.</summary>
    public bool TryReplace(PhoneCallEventSubscription subscription)
    {
        lock (_gate)
        {
            List<PhoneCallEventSubscription>? kept = _byExtension.GetValueOrDefault(subscription.Extension);
            int index = kept?.FindIndex(s => s.Type == subscription.Type && s.Id == subscription.Id) ?? -1;
            if (index < 0)
            {
                return false;
            }

            kept![index] = subscription;
            return true;
        }
    }

    public PhoneCallEventSubscription? Remove(ExtensionNumber extension, PhoneCallEventType type, string id)
    {
        lock (_gate)
        {
            if (FindLocked(extension, type, id) is not { } found)
            {
                return null;
            }

            _byExtension[extension].Remove(found);
            _count--;
            return found;
        }
    }

    public PhoneCallEventSubscription? Find(ExtensionNumber extension, PhoneCallEventType type, string id)
    {
        lock (_gate)
        {
            return FindLocked(extension, type, id);
        }
    }

    /// <summary>The subscriptions of <paramref name="extension"/> (of one type, when given), in the order they were created.</summary>
    public IReadOnlyList<PhoneCallEventSubscription> Of(ExtensionNumber extension, PhoneCallEventType? type = null)
    {
        lock (_gate)
        {
            return _byExtension.TryGetValue(extension, out List<PhoneCallEventSubscription>? kept)
                ? [.. kept.Where(s => type is null || s.Type == type)]
                : [];
        }
    }

    /// <summary>True when <paramref name="extension"/> has an enabled subscription of <paramref name="type"/>.</summary>
    public bool HasEnabled(ExtensionNumber extension, PhoneCallEventType type)
    {
        lock (_gate)
        {
            return _byExtension.TryGetValue(extension, out List<PhoneCallEventSubscription>? kept) && kept.Exists(s => s.Type == type && s.Enabled);
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _byExtension.Clear();
            _count = 0;
            foreach (PhoneCallEventSubscription seeded in _seeded)
            {
                AddLocked(seeded);
            }
        }
    }

    private PhoneCallEventAdding AddLocked(PhoneCallEventSubscription subscription)
    {
        if (FindLocked(subscription.Extension, subscription.Type, subscription.Id) is not null)
        {
            return PhoneCallEventAdding.IdTaken;
        }

        if (_count >= Capacity)
        {
            return PhoneCallEventAdding.Full;
        }

        if (!_byExtension.TryGetValue(subscription.Extension, out List<PhoneCallEventSubscription>? kept))
        {
            _byExtension[subscription.Extension] = kept = [];
        }

        kept.Add(subscription);
        _count++;
        return PhoneCallEventAdding.Added;
    }

    private PhoneCallEventSubscription? FindLocked(ExtensionNumber extension, PhoneCallEventType type, string id) =>
        _byExtension.GetValueOrDefault(extension)?.Find(s => s.Type == type && string.Equals(s.Id, id, StringComparison.Ordinal));
}
