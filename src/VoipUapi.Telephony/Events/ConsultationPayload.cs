namespace VoipUapi.Telephony.Events;

/// <param name="Original">The call the consultation is about.</param>
/// <param name="Completion">Once completed: as a conference or a transfer.</param>
public sealed record ConsultationPayload(CallId Original, ConsultCompletion? Completion = null) : EventPayload
{
    public override string Describe() => Completion is { } completion ? $"{completion.ToString().ToLowerInvariant()} into {Original}" : $"about {Original}";
}
