namespace VoipUapi.Telephony.Events;

/// <param name="Registered">True when the phone registered, false when it unregistered (calls then meet it as unreachable).</param>
public sealed record RegistrationPayload(bool Registered) : EventPayload
{
    public override string Describe() => Registered ? "registered" : "unregistered";
}
