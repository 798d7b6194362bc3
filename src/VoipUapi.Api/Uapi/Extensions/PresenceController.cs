using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Listing;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Phones;

namespace VoipUapi.Api.Uapi.Extensions;

/// <summary>The Presence service: whether the Phone Terminal extensions of a user are registered, and idle, ringing or busy.</summary>
[Route("uapi/extensions/{userId}/{extension}/presence")]
[Tags("UnifiedAPI extensions")]
public sealed class PresenceController(UapiPresenceService presence, UapiResolver resolver, TimeProvider time) : UapiControllerBase(resolver)
{
    /// <summary>Lists the presence of a Phone Terminal extension, or of every one of the user with @self: status 1 online, 2 ringing, 3 busy, 0 unknown; registration 1 registered, -1 not.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">A Phone Terminal extension (<c>210</c>, <c>0003*210</c>), or <c>@self</c> for every one of the user.</param>
    [HttpGet]
    [ProducesResponseType<CollectionPage<PresenceResource>>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, string extension, [FromQuery] PresenceQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<List<PhoneStatus>, UapiError> found = presence.Presence(caller, userId, extension);
        if (!found.Succeeded)
        {
            return Error(found.Error);
        }

        DateTimeOffset now = time.GetUtcNow();
        return Answer(StatusCodes.Status200OK, EntryListing.Collect(
            found.Value.Select(status => PresenceMapper.ToResource(status, now)),
            query,
            Request,
            (entry, field) => field == "extension" ? entry.Extension : null,
            PresenceMapper.OnlyFields));
    }
}
