namespace VoipUapi.Api.Uapi;

/// <summary>A PhoneCall as the list request returns it; null fields are left out of the JSON.</summary>
public sealed record PhoneCallResource
{
    public string? Id { get; init; }

    public string? Nonce { get; init; }

    public string? Extension { get; init; }

    /// <summary>The organization that owns the call.</summary>
    public string? OwnerId { get; init; }

    public string? OwnerName { get; init; }

    public string? Published { get; init; }

    public string? Answered { get; init; }

    public IReadOnlyList<PhoneCallViewResource>? PhoneCallView { get; init; }

    public PhoneCallLink? Links { get; init; }
}
