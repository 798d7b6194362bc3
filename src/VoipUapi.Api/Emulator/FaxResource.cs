namespace VoipUapi.Api.Emulator;

/// <summary>A fax the network sent: who sent it, its files, and how it went to each recipient.</summary>
/// <param name="Id">1, 2, … in the order faxes were sent since the start or the last reset.</param>
/// <param name="Uid">The id the UnifiedAPI answered with beside <paramref name="Id"/>.</param>
/// <param name="Sender">The Phone Terminal extension that sent it, charged for its calls.</param>
public sealed record FaxResource(int Id, string Uid, string Sender, int OwnerUserId, string OrganizationCode, DateTime Created, IReadOnlyList<FaxFileResource> Files, IReadOnlyList<FaxRecipientResource> Recipients);
