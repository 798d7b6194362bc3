namespace VoipUapi.Telephony.Phones;

/// <summary>
/// The lines of one phone in use, in the order the calls took them. Most phones are on one call at a time, so the
/// first is held in place and a list is made only for a second: a phone in use costs no objects of its own.
/// </summary>
internal struct LinesInUse
{
    private LineUse _first;
    private bool _hasFirst;
    private List<LineUse>? _others;

    public readonly int Count => _hasFirst ? 1 + (_others?.Count ?? 0) : 0;

    public void Add(LineUse line)
    {
        if (_hasFirst)
        {
            (_others ??= []).Add(line);
        }
        else
        {
            _first = line;
            _hasFirst = true;
        }
    }

    public bool Remove(LineUse line)
    {
        if (!_hasFirst || _first != line)
        {
            return _others is not null && _others.Remove(line);
        }

        if (_others is { Count: > 0 } others)
        {
            _first = others[0];
            others.RemoveAt(0);
        }
        else
        {
            _hasFirst = false;
        }

        return true;
    }

    public readonly LineUse[] ToArray()
    {
        var lines = new LineUse[Count];
        if (_hasFirst)
        {
            lines[0] = _first;
            _others?.CopyTo(lines, 1);
        }

        return lines;
    }
}
