namespace VoipUapi.Api.Hosting;

/// <summary>
/// The latest <see cref="Capacity"/> items, each numbered from 1 as it is added; adding to a full ring drops the
/// oldest. Not thread-safe: its owner holds its own lock around every call (the request journal, the webhook
/// delivery log).
/// </summary>
public sealed class NumberedRing<T>(int capacity)
    where T : class
{
    private readonly T?[] _slots = new T?[capacity];
    private int _count;

    public int Capacity => _slots.Length;

    /// <summary>The number of the latest item (0 before the first); it keeps counting across <see cref="Clear"/>.</summary>
    public long Last { get; private set; }

    /// <summary>Keeps the item <paramref name="numbered"/> makes from the next number, and returns it.</summary>
    public T Add(Func<long, T> numbered)
    {
        ArgumentNullException.ThrowIfNull(numbered);
        T item = numbered(Last + 1);
        Last++;
        _slots[Slot(Last)] = item;
        _count = Math.Min(_count + 1, _slots.Length);
        return item;
    }

    /// <summary>At most <paramref name="count"/> of the kept items, newest first.</summary>
    public T[] Newest(int count)
    {
        int taken = Math.Clamp(count, 0, _count);
        var newest = new T[taken];
        for (int i = 0; i < taken; i++)
        {
            newest[i] = _slots[Slot(Last - i)]!;
        }

        return newest;
    }

    /// <summary>The kept items numbered above <paramref name="number"/>, oldest first.</summary>
    public T[] After(long number)
    {
        int taken = (int)Math.Clamp(Last - number, 0, _count);
        var after = new T[taken];
        for (int i = 0; i < taken; i++)
        {
            after[i] = _slots[Slot(Last - taken + 1 + i)]!;
        }

        return after;
    }

    /// <summary>Forgets every kept item; numbers keep counting.</summary>
    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
    }

    /// <summary>Forgets every kept item, and numbers count from 1 again.</summary>
    public void Restart()
    {
        Clear();
        Last = 0;
    }

    private int Slot(long number) => (int)(number % _slots.Length);
}
