namespace VoipUapi.Telephony.Events;

/// <param name="State">What the leg ended in (busy, hung up, picked up...).</param>
public sealed record LegEndedPayload(LegState State) : EventPayload
{
    public override string Describe() => State.ToString();
}
