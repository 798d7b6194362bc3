using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Telephony.Clock;

/// <summary>
/// The timers of a <see cref="VirtualClock"/> in the order they fall due, those due at the same instant in the order
/// they were scheduled. A timer changed or disposed leaves its entry behind, stale (its due no longer matches): it is
/// skipped when it comes up, and the stale entries are dropped once they are as many as the live ones (at least
/// <see cref="MinimumCompaction"/>), so that what a disposed timer was waiting for goes at once. Under the clock's lock.
/// </summary>
internal sealed class TimerQueue
{
    private const int MinimumCompaction = 4096;

    private readonly PriorityQueue<VirtualTimer, DueOrder> _entries = new();
    private long _scheduled;
    private int _compactAbove = MinimumCompaction; // entries, stale ones included, above which an add drops the stale

    /// <summary>How many entries the queue holds, stale ones included.</summary>
    public int Count => _entries.Count;

    /// <summary>Queues <paramref name="timer"/> to fall due at <paramref name="due"/>; an entry it had before goes stale.</summary>
    public void Add(VirtualTimer timer, DateTimeOffset due)
    {
        timer.Due = due;
        _entries.Enqueue(timer, new DueOrder(due.UtcTicks, _scheduled++));
        if (_entries.Count > _compactAbove)
        {
            Requeue(TimeSpan.Zero);
        }
    }

    /// <summary>Takes the next timer due by <paramref name="target"/> off the queue (its due stays set), skipping stale entries; false when none is due.</summary>
    public bool TryTakeDue(DateTimeOffset target, [NotNullWhen(true)] out VirtualTimer? timer)
    {
        if (TryPeekLive(out timer, out DateTimeOffset due) && due <= target)
        {
            _entries.Dequeue();
            return true;
        }

        timer = null;
        return false;
    }

    /// <summary>When the earliest live timer falls due (stale entries ahead of it are dropped); null when none waits.</summary>
    public DateTimeOffset? NextDue() => TryPeekLive(out _, out DateTimeOffset due) ? due : null;

    /// <summary>
    /// Drops the stale entries and moves every live timer's due by <paramref name="shift"/>, keeping their order: the
    /// queue stays within twice its live entries, at a cost spread over the adds that grew it.
    /// </summary>
    public void Requeue(TimeSpan shift)
    {
        var live = new List<(VirtualTimer Timer, DueOrder Key)>(_entries.Count / 2);
        foreach ((VirtualTimer timer, DueOrder key) in _entries.UnorderedItems)
        {
            if (IsLive(timer, key))
            {
                timer.Due += shift;
                live.Add((timer, key with { UtcTicks = key.UtcTicks + shift.Ticks }));
            }
        }

        _entries.Clear();
        _entries.EnqueueRange(live);
        _compactAbove = Math.Max(MinimumCompaction, 2 * live.Count);
    }

    private static bool IsLive(VirtualTimer timer, DueOrder key) => timer.Due is { } due && due.UtcTicks == key.UtcTicks;

    private bool TryPeekLive([NotNullWhen(true)] out VirtualTimer? timer, out DateTimeOffset due)
    {
        while (_entries.TryPeek(out timer, out DueOrder key))
        {
            if (IsLive(timer, key))
            {
                due = timer.Due!.Value;
                return true;
            }

            _entries.Dequeue();
        }

        due = default;
        return false;
    }

    /// <summary>An entry's place: its due instant, then the order it was scheduled in.</summary>
    private readonly record struct DueOrder(long UtcTicks, long Order) : IComparable<DueOrder>
    {
        public int CompareTo(DueOrder other) => UtcTicks != other.UtcTicks ? UtcTicks.CompareTo(other.UtcTicks) : Order.CompareTo(other.Order);
    }
}
