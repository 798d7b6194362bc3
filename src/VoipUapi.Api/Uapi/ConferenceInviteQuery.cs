using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <summary>The query parameters of a conference invite, as sent: the validator checks and reads them.</summary>
public sealed class ConferenceInviteQuery : ICallTimingQuery
{
    /// <summary>Seconds the destination rings before the invite is cancelled (default 25).</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? WaitForPickup { get; set; }

    /// <summary>Seconds the invitee stays once it answered (default from configuration).</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? CallDuration { get; set; }

    /// <summary>The number of the scheduled conference; left out, the invitee is asked for it.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Number { get; set; }

    /// <summary>The PIN of the scheduled conference; left out, the invitee is asked for it.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Pin { get; set; }
}
