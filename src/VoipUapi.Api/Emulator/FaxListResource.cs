namespace VoipUapi.Api.Emulator;

/// <summary>The faxes kept (the last <c>Telephony:FaxHistoryCapacity</c>), newest first.</summary>
public sealed record FaxListResource(int Count, IReadOnlyList<FaxResource> Faxes);
