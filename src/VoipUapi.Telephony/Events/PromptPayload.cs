namespace VoipUapi.Telephony.Events;

/// <param name="Step">What the conference asks for: the number or the PIN.</param>
public sealed record PromptPayload(InviteStep Step) : EventPayload
{
    public override string Describe() => Step == InviteStep.EnteringNumber ? "number" : "pin";
}
