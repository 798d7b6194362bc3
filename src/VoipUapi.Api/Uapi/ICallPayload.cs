namespace VoipUapi.Api.Uapi;

/// <summary>What every call-creating payload holds: the charged extension, one view, a nonce.</summary>
public interface ICallPayload
{
    string? Extension { get; }

    List<PhoneCallViewPayload>? PhoneCallView { get; }

    string? Nonce { get; }
}
