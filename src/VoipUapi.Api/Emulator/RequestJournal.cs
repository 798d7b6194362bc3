using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// The most recent vendor API requests, in a ring of <see cref="RequestJournalOptions.JournalCapacity"/> entries:
/// adding to a full journal drops the oldest. Entries arrive already redacted and formatted; the lock is held only
/// to number an entry and put it in its slot, or to copy the slots out.
/// </summary>
public sealed class RequestJournal : IRestartWithEmulator
{
    /// <summary>How much of a request body is kept.</summary>
    public const int BodyCaptureBytes = 4096;

    private readonly Lock _gate = new();
    private readonly RequestJournalEntry?[] _ring;
    private long _last;
    private int _count;

    public RequestJournal(IOptions<RequestJournalOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ring = new RequestJournalEntry?[options.Value.JournalCapacity];
    }

    public int Capacity => _ring.Length;

    /// <summary>Numbers the request and keeps it, dropping the oldest when the journal is full.</summary>
    public RequestJournalEntry Add(DateTimeOffset at, string method, string path, string? query, string? contentType, string? body, bool bodyTruncated, int status)
    {
        lock (_gate)
        {
            var entry = new RequestJournalEntry(++_last, at.UtcDateTime, method, path, query, contentType, body, bodyTruncated, status);
            _ring[(int)(_last % _ring.Length)] = entry;
            _count = Math.Min(_count + 1, _ring.Length);
            return entry;
        }
    }

    /// <summary>At most <paramref name="count"/> of the kept requests, newest first.</summary>
    public RequestJournalEntry[] Newest(int count)
    {
        lock (_gate)
        {
            int taken = Math.Clamp(count, 0, _count);
            var newest = new RequestJournalEntry[taken];
            for (int i = 0; i < taken; i++)
            {
                newest[i] = _ring[(int)((_last - i) % _ring.Length)]!;
            }

            return newest;
        }
    }

    /// <summary>Forgets every kept request (<c>DELETE /emulator/requests</c>, <c>POST /emulator/reset</c>); ids keep counting.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Array.Clear(_ring);
            _count = 0;
        }
    }

    /// <summary>Forgets every kept request, and ids count from 1 again.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            Clear();
            _last = 0;
        }
    }
}
