using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// An Enswitch customer. One that is an organization of the network has its extensions as telephone lines, and its
/// conferences are hosted by <paramref name="ConferenceExtension"/>; a reseller may be none and only have sub-customers.
/// </summary>
/// <param name="ParentId">The customer it is a sub-customer of; null for a top-level one.</param>
public sealed record EnswitchCustomer(
    int Id,
    string Name,
    int? ParentId,
    Organization? Organization,
    Extension? ConferenceExtension,
    EnswitchRatePlan RatePlan);
