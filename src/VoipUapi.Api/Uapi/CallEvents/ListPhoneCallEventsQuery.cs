namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>The standard parameters a PhoneCallEvents list takes, as sent.</summary>
public sealed class ListPhoneCallEventsQuery : IUapiQuery
{
    public string? Count { get; set; }

    public string? StartIndex { get; set; }

    /// <summary><c>ascending</c> (default: the order they were created) or <c>descending</c>.</summary>
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated PhoneCallEvent fields to return.</summary>
    public string? Fields { get; set; }
}
