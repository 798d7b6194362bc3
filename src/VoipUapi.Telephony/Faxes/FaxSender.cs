using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony.Faxes;

/// <summary>
/// Sends faxes: one call per recipient from the organization's fax service (its sandbox, always on the line) that rings
/// the recipient as its phone rules say; answered, the call transmits for <see cref="TelephonyOptions.FaxTransmitSeconds"/>
/// and ends. Keeps the last <see cref="TelephonyOptions.FaxHistoryCapacity"/> faxes with each recipient's outcome. Under the lock.
/// </summary>
internal sealed class FaxSender(NetworkKernel kernel, CallMachine machine, CallFactory factory) : ICallObserver, ILiveCallState
{
    private readonly LinkedList<Fax> _faxes = [];
    private readonly Dictionary<int, LinkedListNode<Fax>> _byId = [];
    private readonly Dictionary<CallId, int> _byCall = [];
    private int _lastId;

    /// <summary>The faxes kept, newest first.</summary>
    public IReadOnlyList<Fax> All => [.. _faxes];

    public Fax? Find(int id) => _byId.TryGetValue(id, out LinkedListNode<Fax>? node) ? node.Value : null;

    public Fax Send(FaxOrder order, Change change)
    {
        int id = ++_lastId;
        _byId[id] = _faxes.AddFirst(new Fax(id, UidOf(id, order, change.Now), order.Sender.Number, order.Sender.OwnerUserId, order.Organization.Code, change.Now, [.. order.Documents.Select(Kept)], []));
        while (_faxes.Count > kernel.Options.FaxHistoryCapacity)
        {
            Forget(_faxes.Last!.Value);
        }

        PhoneAddress service = PhoneAddress.ForSandbox(order.Organization.SandboxNumber);
        TimeSpan transmit = TimeSpan.FromSeconds(kernel.Options.FaxTransmitSeconds);
        foreach (PhoneAddress recipient in order.Recipients.Distinct())
        {
            Call call = machine.Publish(factory.Fax(order, service, recipient, transmit, change.Now), change);
            _byCall[call.Id] = id;
            Update(id, fax => fax with { Deliveries = fax.Deliveries.Add(new FaxDelivery(recipient, call.Id, FaxDeliveryState.Sending)) });
            call = machine.AddLeg(call, service, LegRole.Source, PhoneBehaviour.AnswersAtOnce, order.CallerId, change.Now, change.Now, change);
            change.Commit(machine.RingStage(call, LegRole.Destination, change));
        }

        return _byId[id].Value;
    }

    public Call OnCallEnded(Call call, Change change)
    {
        if (call.Kind == CallKind.Fax && _byCall.TryGetValue(call.Id, out int id))
        {
            FaxDeliveryState state = StateOf(call);
            Update(id, fax => fax with { Deliveries = [.. fax.Deliveries.Select(d => d.CallId == call.Id ? d with { State = state, Ended = call.Ended } : d)] });
        }

        return call;
    }

    /// <summary>Forgets every fax (a reset forgets the calls that carried them).</summary>
    public void ForgetAll()
    {
        _faxes.Clear();
        _byId.Clear();
        _byCall.Clear();
        _lastId = 0;
    }

    private void Update(int id, Func<Fax, Fax> change)
    {
        if (_byId.TryGetValue(id, out LinkedListNode<Fax>? node))
        {
            node.Value = change(node.Value);
        }
    }

    private FaxDocument Kept(FaxDocument document) =>
        document.KeptContent.Length <= kernel.Options.FaxContentKeptBytes ? document : document with { KeptContent = [.. document.KeptContent.Take(kernel.Options.FaxContentKeptBytes)] };

    private static FaxDeliveryState StateOf(Call ended) => ended.Disposition switch
    {
        CallDisposition.Answered when ended.Answered is { } answered && ended.Ended - answered >= ended.Duration => FaxDeliveryState.Sent,
        CallDisposition.Busy => FaxDeliveryState.Busy,
        CallDisposition.NoAnswer => FaxDeliveryState.NoAnswer,
        _ => FaxDeliveryState.Failed,
    };

    private void Forget(Fax fax)
    {
        _faxes.Remove(_byId[fax.Id]);
        _byId.Remove(fax.Id);
        foreach (FaxDelivery delivery in fax.Deliveries)
        {
            _byCall.Remove(delivery.CallId);
        }
    }

    private static string UidOf(int id, FaxOrder order, DateTimeOffset now) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{id}|{order.Sender.Number}|{now.UtcTicks}"))))[..32];
}
