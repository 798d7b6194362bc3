using System.Collections.Immutable;

namespace VoipUapi.Telephony.Faxes;

/// <summary>A fax the network sent: its files and, per recipient, its call and outcome. Immutable, like a call.</summary>
/// <param name="Id">1, 2, … in the order faxes were sent (a reset starts again from 1).</param>
/// <param name="Uid">32 lowercase hex digits, as the vendor's fax page ids.</param>
public sealed record Fax(int Id, string Uid, ExtensionNumber Sender, int OwnerUserId, string OrganizationCode, DateTimeOffset Created, ImmutableArray<FaxDocument> Documents, ImmutableArray<FaxDelivery> Deliveries);
