using System.Globalization;

namespace VoipUapi.Api.Uapi;

public static class UapiDates
{
    /// <summary>XML-Schema dateTime in UTC, as the vendor writes it: <c>2015-01-23T04:56:22Z</c>.</summary>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? at) => at is { } value ? Format(value) : null;
}
