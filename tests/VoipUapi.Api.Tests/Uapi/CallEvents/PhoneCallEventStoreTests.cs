using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi.CallEvents;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Tests.Uapi.CallEvents;

public sealed class PhoneCallEventStoreTests
{
    private static readonly ExtensionNumber Extension210 = new("0003", "210");

    [Fact]
    public void An_id_already_taken_is_said_to_be_taken_even_when_the_store_is_full_and_a_reset_puts_the_seed_back()
    {
        PhoneCallEventSubscription seeded = Event("Seeded");
        var store = new PhoneCallEventStore(Options.Create(new WebhookOptions { MaxSubscriptions = 2 }), [seeded]);

        store.TryAdd(Event("A")).Should().Be(PhoneCallEventAdding.Added);
        store.TryAdd(Event("A")).Should().Be(PhoneCallEventAdding.IdTaken, "a second request with the same id lost the race to the first");
        store.TryAdd(Event("B")).Should().Be(PhoneCallEventAdding.Full);
        store.Reset();

        store.Of(Extension210).Should().Equal(seeded);
        store.TryAdd(Event("B")).Should().Be(PhoneCallEventAdding.Added);
    }

    private static PhoneCallEventSubscription Event(string id) =>
        new(Extension210, PhoneCallEventType.Hangup, id, new Uri("http://127.0.0.1:9/hangup"), UsesPost: false, Enabled: true, Note: null, DateTimeOffset.UnixEpoch);
}
