namespace VoipUapi.Telephony.Tests.Support;

/// <summary>A timer of <see cref="CountedTimers"/>: calls <paramref name="count"/> on every change, then changes <paramref name="inner"/>.</summary>
internal sealed class CountedTimer(Action count, ITimer inner) : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        count();
        return inner.Change(dueTime, period);
    }

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
