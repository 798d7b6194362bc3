using VoipUapi.Api.Hosting;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// Enswitch's own record of live calls as <c>calls/update</c> changed it (the telephony is untouched): an edit of the
/// whole call, and of single legs, that <see cref="ActiveCallRows"/> lays over the rows. Edits of calls that ended
/// are dropped once more than <see cref="PruneAbove"/> are kept; a reset forgets them all.
/// </summary>
public sealed class CallRecordEdits(TelephonyNetwork network) : IResetWithEmulator
{
    public const int PruneAbove = 1000;

    /// <summary>The leg index of an edit of the whole call.</summary>
    private const int WholeCall = -1;

    private readonly Lock _gate = new();
    private readonly Dictionary<(CallId Call, int Leg), CallRecordEdit> _edits = [];

    /// <summary>Lays <paramref name="edit"/> over the record of the call, or of its leg <paramref name="leg"/>.</summary>
    public void Edit(CallId call, int? leg, CallRecordEdit edit)
    {
        lock (_gate)
        {
            (CallId, int) key = (call, leg ?? WholeCall);
            _edits[key] = _edits.TryGetValue(key, out CallRecordEdit? earlier) ? earlier.Then(edit) : edit;
            if (_edits.Count > PruneAbove)
            {
                foreach ((CallId, int) ended in _edits.Keys.Where(k => network.FindLiveCall(k.Call) is null).ToList())
                {
                    _edits.Remove(ended);
                }
            }
        }
    }

    /// <summary>The row as Enswitch's record shows it: the call's edit, then the leg's, over what the network says.</summary>
    public ActiveCallRow Apply(CallId call, int leg, ActiveCallRow row)
    {
        lock (_gate)
        {
            if (_edits.Count == 0)
            {
                return row;
            }

            ActiveCallRow edited = _edits.TryGetValue((call, WholeCall), out CallRecordEdit? whole) ? whole.ApplyTo(row) : row;
            return _edits.TryGetValue((call, leg), out CallRecordEdit? ofLeg) ? ofLeg.ApplyTo(edited) : edited;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _edits.Clear();
        }
    }
}
