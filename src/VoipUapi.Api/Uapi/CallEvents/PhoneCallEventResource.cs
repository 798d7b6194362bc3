namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>A PhoneCallEvent as the vendor writes it: numbers as strings, <c>modified</c> a date, its own link. A field left out of <c>fields</c> is null and not written.</summary>
public sealed record PhoneCallEventResource
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Method { get; init; }

    public string? Note { get; init; }

    public string? Url { get; init; }

    public string? Status { get; init; }

    public string? Modified { get; init; }

    public PhoneCallLink? Links { get; init; }
}
