namespace VoipUapi.Api.Uapi;

/// <summary>The timing parameters every call-creating request takes, as sent.</summary>
public interface ICallTimingQuery
{
    string? WaitForPickup { get; }

    string? CallDuration { get; }
}
