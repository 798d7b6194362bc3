using System.Runtime.InteropServices;

namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The calls of one busy key in list order: sorted runs of at most <see cref="RunLength"/> entries, changed in place.
/// A write finds its run by binary search and moves at most a run's entries: no node per write, whatever the number
/// of calls, and since an entry holds no reference younger than its call, writing into an old run gives the collector
/// nothing new to trace. Written by the store's single writer, read without the kernel's lock: each side takes
/// <see cref="_gate"/> for one write, or for one copy of what a read needs (a page, or the whole key).
/// </summary>
internal sealed class OrderedCalls
{
    private const int RunLength = 64;

    private readonly Lock _gate = new();
    private readonly List<List<CallOrder>> _runs = [];
    private readonly List<CallOrder> _firsts = []; // each run's first entry, side by side: a search for the run reads no run
    private int _count;

    public OrderedCalls(IEnumerable<CallOrder> calls)
    {
        foreach (CallOrder call in calls)
        {
            Add(call);
        }
    }

    public void Add(CallOrder call)
    {
        lock (_gate)
        {
            if (_runs.Count == 0)
            {
                _runs.Add(new List<CallOrder>(RunLength) { call });
                _firsts.Add(call);
                _count = 1;
                return;
            }

            int index = RunOf(call);
            List<CallOrder> run = _runs[index];
            int at = run.BinarySearch(call);
            if (at >= 0)
            {
                return;
            }

            at = ~at;
            if (run.Count == RunLength)
            {
                var upper = new List<CallOrder>(RunLength);
                upper.AddRange(CollectionsMarshal.AsSpan(run)[(RunLength / 2)..]);
                run.RemoveRange(RunLength / 2, RunLength / 2);
                _runs.Insert(index + 1, upper);
                _firsts.Insert(index + 1, upper[0]);
                (run, at, index) = at > RunLength / 2 ? (upper, at - (RunLength / 2), index + 1) : (run, at, index);
            }

            run.Insert(at, call);
            if (at == 0)
            {
                _firsts[index] = call;
            }

            _count++;
        }
    }

    /// <summary>Removes <paramref name="call"/>; returns how many calls are left. A run that empties goes; one that runs low takes in the next when both fit.</summary>
    public int Remove(CallOrder call)
    {
        lock (_gate)
        {
            if (_runs.Count == 0)
            {
                return 0;
            }

            int index = RunOf(call);
            List<CallOrder> run = _runs[index];
            int at = run.BinarySearch(call);
            if (at < 0)
            {
                return _count;
            }

            run.RemoveAt(at);
            _count--;
            if (run.Count == 0)
            {
                _runs.RemoveAt(index);
                _firsts.RemoveAt(index);
                return _count;
            }

            if (at == 0)
            {
                _firsts[index] = run[0];
            }

            if (run.Count < RunLength / 4 && index + 1 < _runs.Count && run.Count + _runs[index + 1].Count <= RunLength)
            {
                run.AddRange(_runs[index + 1]);
                _runs.RemoveAt(index + 1);
                _firsts.RemoveAt(index + 1);
            }

            return _count;
        }
    }

    /// <summary>Every call, in list order: a copy.</summary>
    public CallOrder[] ToArray()
    {
        lock (_gate)
        {
            var all = new CallOrder[_count];
            int at = 0;
            foreach (List<CallOrder> run in _runs)
            {
                run.CopyTo(all, at);
                at += run.Count;
            }

            return all;
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> calls from position <paramref name="start"/> of the list read in the given
    /// direction, in that direction, and how many calls there are: a copy of the page alone.
    /// </summary>
    public (CallOrder[] Page, int Total) Page(int start, int count, bool descending)
    {
        lock (_gate)
        {
            int size = Math.Clamp(_count - start, 0, count);
            var page = new CallOrder[size];
            int first = descending ? _count - start - size : start;
            int skipped = 0;
            int taken = 0;
            foreach (List<CallOrder> run in _runs)
            {
                if (taken == size)
                {
                    break;
                }

                if (skipped + run.Count <= first)
                {
                    skipped += run.Count;
                    continue;
                }

                int from = Math.Max(0, first - skipped);
                int length = Math.Min(run.Count - from, size - taken);
                run.CopyTo(from, page, taken, length);
                taken += length;
                skipped += run.Count;
            }

            if (descending)
            {
                Array.Reverse(page);
            }

            return (page, _count);
        }
    }

    /// <summary>The run <paramref name="call"/> belongs in: the last whose first entry is not after it (the first run when none). Under <see cref="_gate"/>.</summary>
    private int RunOf(CallOrder call)
    {
        int low = 0;
        int high = _runs.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (_firsts[middle].CompareTo(call) <= 0)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
