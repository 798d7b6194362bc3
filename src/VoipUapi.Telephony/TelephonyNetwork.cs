using VoipUapi.Telephony.Clock;
using VoipUapi.Telephony.Kernel;

namespace VoipUapi.Telephony;

/// <summary>
/// The simulated telephone network. Every change happens under one lock, so two commands racing on the same call
/// end as one order or the other would; each change is an event in <see cref="Events"/>. Live calls are immutable
/// snapshots that readers take without the lock. Time comes only from the <see cref="TimeProvider"/>. This class is
/// the façade: each command takes the lock and hands over to the class that owns its rules.
/// </summary>
public sealed class TelephonyNetwork : IDisposable
{
    private readonly NetworkKernel _kernel;
    private readonly PhoneBehaviours _behaviours;
    private readonly PhoneLines _lines;
    private readonly Dialer _dialer;
    private readonly PickUps _pickUps;
    private readonly ConferenceRooms _rooms = new();
    private readonly ConferenceInvites _invites;
    private readonly SeededConferences _seededConferences;
    private readonly SeededCalls _seededCalls;
    private readonly PhoneActions _phoneActions;
    private readonly Holds _holds;
    private readonly Parks _parks;
    private readonly Transfers _transfers;
    private readonly Recordings _recordings;
    private readonly Consultations _consultations;
    private readonly Mutes _mutes;
    private readonly CallAttachments _attachments;
    private readonly CallQueues _queues;
    private readonly FaxSender _faxes;
    private readonly NetworkReset _reset;

    public TelephonyNetwork(
        TelephonyDirectory directory,
        PhoneRuleBook phones,
        TimeProvider time,
        TelephonyOptions options,
        CallIdGenerator? ids = null)
    {
        Directory = directory;
        Phones = phones;
        Options = options;
        Events = new EventLog(options.EventLogCapacity);
        Conferences = new ConferenceDirectory(directory);
        _kernel = new NetworkKernel(time, options, ids ?? new CallIdGenerator(), Events);
        _behaviours = new PhoneBehaviours(phones);
        _lines = new PhoneLines(_behaviours);
        var machine = new CallMachine(_kernel, _lines, _behaviours);
        var factory = new CallFactory(_kernel);
        _invites = new ConferenceInvites(_kernel, machine, factory, Conferences, _rooms);
        _dialer = new Dialer(_kernel, machine, factory, _lines, _invites);
        _pickUps = new PickUps(_kernel, machine);
        _holds = new Holds(_kernel);
        _parks = new Parks(_kernel, machine);
        _transfers = new Transfers(_kernel, machine);
        _recordings = new Recordings(_kernel);
        _consultations = new Consultations(_kernel, machine, factory);
        _mutes = new Mutes(_kernel);
        _attachments = new CallAttachments(_kernel);
        _queues = new CallQueues(_kernel, machine, _lines, _behaviours);
        _faxes = new FaxSender(_kernel, machine, factory);
        foreach (ICallObserver feature in (ICallObserver[])[_invites, _rooms, _holds, _parks, _transfers, _recordings, _queues, _faxes])
        {
            machine.Observe(feature);
        }

        _seededConferences = new SeededConferences(Conferences);
        _seededCalls = new SeededCalls(_kernel, machine);
        _phoneActions = new PhoneActions(_kernel, machine, _lines, _behaviours);
        _reset = new NetworkReset(_kernel, [_kernel.Calls, _kernel.Timers, _lines, _rooms, _parks, _queues, _faxes], _behaviours, _seededConferences, _seededCalls);
        if (time is VirtualClock manual)
        {
            manual.SerializeAdvancesWith(_kernel.Gate);
        }
    }

    public TelephonyDirectory Directory { get; }

    public PhoneRuleBook Phones { get; }

    public EventLog Events { get; }

    public TelephonyOptions Options { get; }

    /// <summary>The scheduled conferences, whichever dialect or seed created them.</summary>
    public ConferenceDirectory Conferences { get; }

    /// <summary>The calls in progress, each a consistent snapshot.</summary>
    public ICollection<Call> LiveCalls => _kernel.Calls.Live;

    /// <summary>The live calls that involve <paramref name="number"/> (the charged extension or a leg's phone), in no particular order, read from an index: the cost is theirs, not the network's.</summary>
    public IReadOnlyList<Call> LiveCallsOf(string number) => _kernel.Calls.LiveCallsOf(number);

    /// <summary>
    /// A page of the live calls that involve <paramref name="number"/>, ordered by the second they were published, then
    /// by id (descending: the reverse), and how many there are; it costs the page, not the calls.
    /// </summary>
    public (IReadOnlyList<Call> Page, int Total) LiveCallPageOf(string number, int start, int count, bool descending) =>
        _kernel.Calls.LiveCallPageOf(number, start, count, descending);

    /// <summary>The live calls owned by (charged to) user <paramref name="userId"/>, in no particular order, from an index.</summary>
    public IReadOnlyList<Call> LiveCallsOwnedBy(int userId) => _kernel.Calls.LiveCallsOwnedBy(userId);

    /// <summary>The live calls that involve the organization <paramref name="organizationCode"/> (<see cref="Call.InvolvedOrganizations"/>), in no particular order, from an index.</summary>
    public IReadOnlyList<Call> LiveCallsInvolving(string organizationCode) => _kernel.Calls.LiveCallsInvolving(organizationCode);

    /// <summary>The indexes behind the reads above, for tests that count what a read visits.</summary>
    internal CallStoreIndexes Indexes => _kernel.Calls.Indexes;

    /// <summary>The retained ended calls, newest first.</summary>
    public IReadOnlyList<Call> EndedCalls => _kernel.Calls.History.Newest();

    /// <summary>How many ended calls the history retains (<c>Telephony:HistoryCapacity</c>).</summary>
    public int HistoryCapacity => _kernel.Calls.History.Capacity;

    /// <summary>The retained ended calls that involve any of <paramref name="numbers"/> (<see cref="Call.Involves"/>), newest first, from an index.</summary>
    public IReadOnlyList<Call> EndedCallsInvolving(IEnumerable<string> numbers) => _kernel.Calls.History.Involving(numbers);

    /// <summary>The retained ended calls that involve the organization <paramref name="organizationCode"/>, newest first, from an index.</summary>
    public IReadOnlyList<Call> EndedCallsInOrganization(string organizationCode) => _kernel.Calls.History.InOrganization(organizationCode);

    /// <summary>The conference rooms that have participants now, each a consistent snapshot.</summary>
    public ICollection<ConferenceRoom> Rooms => _rooms.All;

    /// <summary>The seed ids follow (null: random).</summary>
    public int? IdSeed => _kernel.Read(() => _kernel.Calls.Ids.Seed);

    public Call? FindLiveCall(CallId id) => _kernel.Calls.FindLive(id);

    /// <summary>The live or retained ended call with <paramref name="id"/>.</summary>
    public Call? FindCall(CallId id) => FindLiveCall(id) ?? _kernel.Calls.History.Find(id);

    public ConferenceRoom? FindRoom(ConferenceKey key) => _rooms.Find(key);

    /// <summary>True while <paramref name="phone"/> rings or talks on a call.</summary>
    public bool IsEngaged(string phone) => _kernel.Read(() => _lines.CountInUse(phone) > 0);

    /// <summary>Publishes a simple call and rings its sources; the call may already have ended (all busy) on return.</summary>
    public Outcome<Call, NetworkError> PlaceSimpleCall(SimpleCallOrder order) => _kernel.Run(change => _dialer.PlaceSimple(order, change));

    /// <summary>Publishes a callback call: the destinations ring first, then the sources (UAPI <c>callback</c>).</summary>
    public Outcome<Call, NetworkError> PlaceCallbackCall(SimpleCallOrder order) => _kernel.Run(change => _dialer.PlaceCallback(order, change));

    /// <summary>A caller of the public network dials a local extension: the caller is on the line, the extension rings.</summary>
    public Outcome<Call, NetworkError> PlaceInboundCall(InboundCallOrder order) => _kernel.Run(change => _dialer.PlaceInbound(order, change));

    /// <summary>Publishes a conference invite and rings its destination (see <see cref="ConferenceInviteOrder"/>).</summary>
    public Outcome<Call, NetworkError> PlaceConferenceInvite(ConferenceInviteOrder order) => _kernel.Run(change => _invites.Place(order, change));

    /// <summary>Rings one more phone for a connected call; answered, it is one more party on it.</summary>
    public Outcome<Call, NetworkError> AddParty(AddPartyOrder order) => _kernel.Run(change => _dialer.AddParty(order, change));

    /// <summary>Hangs up the whole call, or only the party <paramref name="phone"/> (the call goes on while two parties remain).</summary>
    public Outcome<Call, NetworkError> HangUp(CallId id, string? phone = null) => _kernel.Run(change => _dialer.HangUp(id, phone, change));

    /// <summary>Sends a call that rings on one phone to another (see <see cref="PickUpOrder"/>).</summary>
    public Outcome<Call, NetworkError> PickUp(PickUpOrder order) => _kernel.Run(change => _pickUps.PickUp(order, change));

    /// <summary><paramref name="holder"/> puts the call on hold: the other parties hear music, its line stays in use, held.</summary>
    public Outcome<Call, NetworkError> Hold(CallId id, PhoneAddress holder) => _kernel.Run(change => _holds.Hold(id, holder, change));

    /// <summary>The party that put the call on hold takes it off hold.</summary>
    public Outcome<Call, NetworkError> Retrieve(CallId id, PhoneAddress holder) => _kernel.Run(change => _holds.Retrieve(id, holder, change));

    /// <summary><paramref name="parker"/> leaves the call in the parking lot for at most <paramref name="maxInParking"/> (null: the configured default).</summary>
    public Outcome<Call, NetworkError> Park(CallId id, PhoneAddress parker, TimeSpan? maxInParking = null) =>
        _kernel.Run(change => _parks.Park(id, parker, maxInParking, change));

    /// <summary>Rings <paramref name="sendCallTo"/> to take the parked call out of the lot.</summary>
    public Outcome<Call, NetworkError> UnPark(CallId id, PhoneAddress sendCallTo, CallerId? callerId = null, TimeSpan? waitForPickup = null) =>
        _kernel.Run(change => _parks.UnPark(id, sendCallTo, callerId, waitForPickup, change));

    /// <summary>Blind transfer (see <see cref="TransferOrder"/>).</summary>
    public Outcome<Call, NetworkError> Transfer(TransferOrder order) => _kernel.Run(change => _transfers.Transfer(order, change));

    /// <summary>Sends a party to a voicemail box (see <see cref="VoicemailOrder"/>).</summary>
    public Outcome<Call, NetworkError> TransferToVoicemail(VoicemailOrder order) => _kernel.Run(change => _transfers.ToVoicemail(order, change));

    /// <summary>Starts recording the call for <paramref name="extension"/> in <paramref name="format"/>.</summary>
    public Outcome<Call, NetworkError> StartRecording(CallId id, ExtensionNumber extension, string format) =>
        _kernel.Run(change => _recordings.Start(id, extension, format, change));

    /// <summary>Stops the recording for <paramref name="extension"/>, running or paused.</summary>
    public Outcome<Call, NetworkError> StopRecording(CallId id, ExtensionNumber extension) => _kernel.Run(change => _recordings.Stop(id, extension, change));

    /// <summary>Pauses the running recording for <paramref name="extension"/>; <see cref="ResumeRecording"/> goes on in the same format.</summary>
    public Outcome<Call, NetworkError> PauseRecording(CallId id, ExtensionNumber extension) => _kernel.Run(change => _recordings.Pause(id, extension, change));

    public Outcome<Call, NetworkError> ResumeRecording(CallId id, ExtensionNumber extension) => _kernel.Run(change => _recordings.Resume(id, extension, change));

    /// <summary>A party puts its call on hold and calls someone else on another line (see <see cref="ConsultOrder"/>); the answer is the consultation.</summary>
    public Outcome<Call, NetworkError> Consult(ConsultOrder order) => _kernel.Run(change => _consultations.Start(order, change));

    /// <summary>Brings the one consulted into the call consulted about (a conference), or in the consulting party's place (a transfer); the answer is that call.</summary>
    public Outcome<Call, NetworkError> CompleteConsultation(CallId consultation, ConsultCompletion completion) =>
        _kernel.Run(change => _consultations.Complete(consultation, completion, change));

    /// <summary>Mutes or unmutes a party of the call.</summary>
    public Outcome<Call, NetworkError> SetMuted(CallId id, PhoneAddress phone, bool muted) => _kernel.Run(change => _mutes.Set(id, phone, muted, change));

    /// <summary>Attaches data to the call, over its keys or (<paramref name="replaceAll"/>) instead of them.</summary>
    public Outcome<Call, NetworkError> SetCallData(CallId id, IReadOnlyDictionary<string, string> values, bool replaceAll = false) =>
        _kernel.Run(change => _attachments.Set(id, values, replaceAll, change));

    /// <summary>Removes one key of the call's data, or all of them when <paramref name="key"/> is null.</summary>
    public Outcome<Call, NetworkError> RemoveCallData(CallId id, string? key = null) => _kernel.Run(change => _attachments.Remove(id, key, change));

    /// <summary>Creates the seed's conferences; a reset brings back exactly these.</summary>
    public void ScheduleConferences(IEnumerable<ScheduledConference> conferences) => _kernel.Run(_ => _seededConferences.Schedule(conferences));

    /// <summary>Creates the seed's queues, every agent online; a reset puts every agent online again.</summary>
    public void DefineQueues(IEnumerable<QueueDefinition> queues) => _kernel.Run(_ => _queues.Define(queues));

    /// <summary>The agents of the queue <paramref name="queue"/> and their statuses, in the seed's order; empty for a number that is no queue.</summary>
    public IReadOnlyList<QueueAgent> QueueAgentsOf(ExtensionNumber queue) => _kernel.Read(() => _queues.AgentsOf(queue));

    /// <summary>Logs an agent out of a queue, puts it online or pauses it; online, it rings at once for the call first in line.</summary>
    public Outcome<QueueAgent, NetworkError> SetAgentStatus(ExtensionNumber queue, ExtensionNumber agent, AgentStatus status) =>
        _kernel.Run(change => _queues.SetStatus(queue, agent, status, change));

    /// <summary>Sends a fax: one call to each recipient, whose outcome the fax keeps (see <see cref="FaxSender"/>).</summary>
    public Fax SendFax(FaxOrder order) => _kernel.Run(change => _faxes.Send(order, change));

    /// <summary>The faxes kept, newest first.</summary>
    public IReadOnlyList<Fax> Faxes => _kernel.Read(() => _faxes.All);

    public Fax? FindFax(int id) => _kernel.Read(() => _faxes.Find(id));

    /// <summary>Starts the seed's calls in progress; a reset starts exactly these again.</summary>
    public void StartSeededCalls(IEnumerable<SeededCall> calls) => _kernel.Run(change => _seededCalls.Start(calls, change));

    /// <summary>Ends every call and puts the network back as the seed made it, ids following <paramref name="idSeed"/> (random when null).</summary>
    public void Reset(int? idSeed) => _kernel.Run(change => _reset.Reset(idSeed, change, asNew: false));

    /// <summary>
    /// A <see cref="Reset"/> after which the network looks new: no <see cref="NetworkEventKind.NetworkReset"/> event, the
    /// event log empty and numbered from 1 again (readers following it are told, <see cref="EventBatch.StartedOver"/>),
    /// then the seed's calls started. For a test kit that reuses one network per test.
    /// </summary>
    public void Restart(int? idSeed) => _kernel.Run(change => _reset.Reset(idSeed, change, asNew: true));

    /// <summary>Makes call ids a pure function of <paramref name="seed"/> and the order of calls from now on (random when null).</summary>
    public void ReseedIds(int? seed) => _kernel.Run(_ => _kernel.Calls.Ids.Reseed(seed));

    public PhoneStatus StatusOf(PhoneAddress phone) => _kernel.Read(() => _phoneActions.StatusOf(phone));

    /// <summary>From now on, calls that ring <paramref name="phone"/> meet <paramref name="behaviour"/>; the calls it is on keep the behaviour they met.</summary>
    public void OverrideBehaviour(PhoneAddress phone, PhoneBehaviour behaviour) => _kernel.Run(_ => _behaviours.Override(phone, behaviour));

    /// <summary>Gives <paramref name="phone"/> back the behaviour of the seed's rules; false when it had no other.</summary>
    public bool RestoreBehaviour(PhoneAddress phone) => _kernel.Run(_ => _behaviours.Restore(phone));

    /// <summary>Registers or unregisters <paramref name="phone"/>: unregistered, every call that rings it meets it as unreachable.</summary>
    public void SetRegistered(PhoneAddress phone, bool registered) => _kernel.Run(change => _phoneActions.Register(phone, registered, change));

    /// <summary>The ringing phone answers now (the call named, or the one call that rings it).</summary>
    public Outcome<Call, NetworkError> AnswerPhone(PhoneAddress phone, CallId? callId = null) => _kernel.Run(change => _phoneActions.Answer(phone, callId, change));

    /// <summary>The ringing phone declines the call; the call ends if nobody else of that side still rings.</summary>
    public Outcome<Call, NetworkError> RejectPhone(PhoneAddress phone, CallId? callId = null) => _kernel.Run(change => _phoneActions.Reject(phone, callId, change));

    /// <summary>The phone hangs up: it leaves the call it talks on, or declines the one that rings it.</summary>
    public Outcome<Call, NetworkError> HangUpPhone(PhoneAddress phone, CallId? callId = null) => _kernel.Run(change => _phoneActions.HangUp(phone, callId, change));

    /// <summary>The phone sends DTMF on the call it talks on.</summary>
    public Outcome<Call, NetworkError> SendDigits(PhoneAddress phone, string digits, CallId? callId = null) =>
        _kernel.Run(change => _phoneActions.SendDigits(phone, digits, callId, change));

    public void Dispose() => _kernel.Run(_ => _kernel.Timers.ForgetAll());
}
