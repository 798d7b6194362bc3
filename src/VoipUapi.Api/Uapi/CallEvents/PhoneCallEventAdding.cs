namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>What <see cref="PhoneCallEventStore.TryAdd"/> did.</summary>
public enum PhoneCallEventAdding
{
    Added,
    Full,

    /// <summary>The extension already has an event of the type with the id (a request that raced another with the same id).</summary>
    IdTaken,
}
