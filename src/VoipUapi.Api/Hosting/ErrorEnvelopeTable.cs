namespace VoipUapi.Api.Hosting;

/// <summary>
/// Which error envelope answers a request's path outside any controller: the writer of the longest registered path
/// prefix the path starts with (whole segments, any letter case), else RFC 7807 problem details. Each dialect's
/// registration fills it with one line per prefix it owns (<see cref="VendorErrorResponses.AddErrorEnvelope"/>).
/// </summary>
public sealed class ErrorEnvelopeTable
{
    private readonly List<(PathString Prefix, HostErrorWriter Write)> _entries = [];

    /// <summary>The envelope of every path no prefix claims: problem details with the neutral detail.</summary>
    public static Task WriteProblemAsync(HttpContext context, HostError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Results.Problem(detail: error.Detail, statusCode: error.Status).ExecuteAsync(context);
    }

    /// <summary>Gives the paths under <paramref name="prefix"/> to <paramref name="write"/>; a prefix belongs to one API only.</summary>
    public void Add(PathString prefix, HostErrorWriter write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (!prefix.HasValue || prefix == "/")
        {
            throw new ArgumentException("an error envelope needs a path prefix such as /api/json; the fallback answers every other path.", nameof(prefix));
        }

        if (_entries.Any(entry => entry.Prefix.Equals(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"the paths under {prefix} already have an error envelope; a path prefix belongs to one API.");
        }

        _entries.Add((prefix, write));
        _entries.Sort((a, b) => b.Prefix.Value!.Length.CompareTo(a.Prefix.Value!.Length));
    }

    /// <summary>The writer for <paramref name="path"/>.</summary>
    public HostErrorWriter For(PathString path)
    {
        foreach ((PathString prefix, HostErrorWriter write) in _entries)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return write;
            }
        }

        return WriteProblemAsync;
    }
}
