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
    private readonly NumberedRing<RequestJournalEntry> _ring;

    public RequestJournal(IOptions<RequestJournalOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ring = new NumberedRing<RequestJournalEntry>(options.Value.JournalCapacity);
    }

    public int Capacity => _ring.Capacity;

    /// <summary>Numbers the request and keeps it, dropping the oldest when the journal is full.</summary>
    public RequestJournalEntry Add(DateTimeOffset at, string method, string path, string? query, string? contentType, string? body, bool bodyTruncated, int status)
    {
        lock (_gate)
        {
            return _ring.Add(id => new RequestJournalEntry(id, at.UtcDateTime, method, path, query, contentType, body, bodyTruncated, status));
        }
    }

    /// <summary>At most <paramref name="count"/> of the kept requests, newest first.</summary>
    public RequestJournalEntry[] Newest(int count)
    {
        lock (_gate)
        {
            return _ring.Newest(count);
        }
    }

    /// <summary>Forgets every kept request (<c>DELETE /emulator/requests</c>, <c>POST /emulator/reset</c>); ids keep counting.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _ring.Clear();
        }
    }

    /// <summary>Forgets every kept request, and ids count from 1 again.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            _ring.Restart();
        }
    }
}
