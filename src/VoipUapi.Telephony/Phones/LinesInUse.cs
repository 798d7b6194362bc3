namespace VoipUapi.Telephony.Phones;

/// <summary>
/// The lines of one phone in use, in the order the calls took them. Most phones are on one call at a time, so the
/// first is held in place and a list is made only for a second: a phone in use costs no objects of its own.
/// </summary>
internal struct LinesInUse
{
    private LineUse _first;
    private List<LineUse>? _others;

    public int Count { get; private set; }

    public void Add(LineUse line)
    {
        if (Count == 0)
        {
            _first = line;
        }
        else
        {
            (_others ??= []).Add(line);
        }

        Count++;
    }

    public bool Remove(LineUse line)
    {
        if (Count > 0 && _first == line)
        {
            if (_others is { Count: > 0 } others)
            {
                _first = others[0];
                others.RemoveAt(0);
            }

            Count--;
            return true;
        }

        if (_others is not null && _others.Remove(line))
        {
            Count--;
            return true;
        }

        return false;
    }

    public readonly LineUse[] ToArray()
    {
        var lines = new LineUse[Count];
        if (Count > 0)
        {
            lines[0] = _first;
            _others?.CopyTo(lines, 1);
        }

        return lines;
    }
}
