namespace VoipUapi.Api.Uapi;

/// <summary>The query parameters of a conference invite, as sent: the validator checks and reads them.</summary>
public sealed class ConferenceInviteQuery : IUapiQuery, ICallTimingQuery
{
    /// <summary>Seconds the destination rings before the invite is cancelled (default 25).</summary>
    public string? WaitForPickup { get; set; }

    /// <summary>Seconds the invitee stays once it answered (default from configuration).</summary>
    public string? CallDuration { get; set; }

    /// <summary>The number of the scheduled conference; left out, the invitee is asked for it.</summary>
    public string? Number { get; set; }

    /// <summary>The PIN of the scheduled conference; left out, the invitee is asked for it.</summary>
    public string? Pin { get; set; }
}
