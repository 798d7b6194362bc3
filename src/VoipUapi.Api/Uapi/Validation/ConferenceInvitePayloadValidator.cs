namespace VoipUapi.Api.Uapi.Validation;

/// <summary>Checks the form of a conference invite's payload; the Conference extension and the source are checked against the directory later.</summary>
public sealed class ConferenceInvitePayloadValidator() : CallPayloadValidator<ConferenceInvitePayload>("Conference", "0003*211", "211");
