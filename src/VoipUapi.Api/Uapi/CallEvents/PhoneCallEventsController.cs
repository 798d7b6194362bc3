using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Uapi.Listing;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>The PhoneCallEvents of an extension: the requests the emulator makes to an app's URL when a call on it is dialed in, dialed out, answered or hung up.</summary>
[Route("uapi/extensions/{userId}/{extension}/phoneCallEvents")]
[Tags("UnifiedAPI phone call events")]
public sealed class PhoneCallEventsController(PhoneCallEventService events, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>Creates a PhoneCallEvent on the extension (a Phone Terminal, Queue, Conference or IVR; never <c>@self</c>), its <c>type</c> in the body.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="payload"><c>type</c>, <c>url</c> (required); <c>method</c> (0 GET, 1 POST), <c>status</c> (1 enabled, 0 disabled), <c>note</c>, <c>id</c>.</param>
    [HttpPost]
    [ProducesResponseType<PhoneCallEventResource>(StatusCodes.Status200OK)]
    public IActionResult Create(string userId, string extension, [FromBody] PhoneCallEventPayload payload) => Created(userId, extension, eventType: null, payload);

    /// <summary>Creates a PhoneCallEvent of the path's type (the UnifiedAPI v5 form of the same request).</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="eventType">0 Dial-In, 1 Dial-Out, 2 Hangup, 3 Answer on an incoming call, 4 Answer on an outgoing call.</param>
    /// <param name="payload"><c>url</c> (required); <c>method</c>, <c>status</c>, <c>note</c>, <c>id</c>; a <c>type</c> must be the path's.</param>
    [HttpPost("{eventType}")]
    [ProducesResponseType<PhoneCallEventResource>(StatusCodes.Status200OK)]
    public IActionResult CreateOfType(string userId, string extension, string eventType, [FromBody] PhoneCallEventPayload payload) =>
        Created(userId, extension, eventType, payload);

    /// <summary>Lists the PhoneCallEvents of the extension, in the order they were created; standard parameters count, startIndex, sortOrder, fields.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    [HttpGet]
    [ProducesResponseType<CollectionPage<PhoneCallEventResource>>(StatusCodes.Status200OK)]
    public IActionResult List(string userId, string extension, [FromQuery] ListPhoneCallEventsQuery query) => Listed(userId, extension, null, null, query);

    /// <summary>Lists the PhoneCallEvents of one type of the extension.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="eventType">0 to 4.</param>
    [HttpGet("{eventType}")]
    [ProducesResponseType<CollectionPage<PhoneCallEventResource>>(StatusCodes.Status200OK)]
    public IActionResult ListOfType(string userId, string extension, string eventType, [FromQuery] ListPhoneCallEventsQuery query) =>
        Listed(userId, extension, eventType, null, query);

    /// <summary>Shows one PhoneCallEvent, as a list of one; an unknown id is <c>pce_id_invalid</c>.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="eventType">0 to 4.</param>
    /// <param name="eventId">The event's id, as the create answered it.</param>
    [HttpGet("{eventType}/{eventId}")]
    [ProducesResponseType<CollectionPage<PhoneCallEventResource>>(StatusCodes.Status200OK)]
    public IActionResult Get(string userId, string extension, string eventType, string eventId, [FromQuery] ListPhoneCallEventsQuery query) =>
        Listed(userId, extension, eventType, eventId, query);

    /// <summary>Changes the fields the body sends (<c>url</c>, <c>method</c>, <c>status</c>, <c>note</c>); answers the event as it is now.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="eventType">0 to 4.</param>
    /// <param name="eventId">The event's id.</param>
    /// <param name="payload">The fields to change; <c>type</c> and <c>id</c>, when sent, must be those of the path.</param>
    [HttpPut("{eventType}/{eventId}")]
    [ProducesResponseType<PhoneCallEventResource>(StatusCodes.Status200OK)]
    public IActionResult Update(string userId, string extension, string eventType, string eventId, [FromBody] PhoneCallEventPayload payload) =>
        Caller is { } caller ? Written(events.Update(caller, userId, extension, eventType, eventId, payload), userId, extension) : UnknownApp();

    /// <summary>Deletes a PhoneCallEvent: no request is made for it from now on.</summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The extension (<c>210</c>, <c>0003*210</c>).</param>
    /// <param name="eventType">0 to 4.</param>
    /// <param name="eventId">The event's id.</param>
    [HttpDelete("{eventType}/{eventId}")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public IActionResult Delete(string userId, string extension, string eventType, string eventId)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<PhoneCallEventSubscription, UapiError> deleted = events.Delete(caller, userId, extension, eventType, eventId);
        return deleted.Succeeded ? NoContent() : Error(deleted.Error);
    }

    private IActionResult Created(string userId, string extension, string? eventType, PhoneCallEventPayload payload) =>
        Caller is { } caller ? Written(events.Create(caller, userId, extension, eventType, payload), userId, extension) : UnknownApp();

    private IActionResult Written(Outcome<PhoneCallEventSubscription, UapiError> outcome, string userId, string extension) =>
        outcome.Succeeded
            ? Answer(StatusCodes.Status200OK, PhoneCallEventMapper.ToResource(outcome.Value, BaseUrl, userId, extension))
            : Error(outcome.Error);

    private IActionResult Listed(string userId, string extension, string? eventType, string? eventId, ListPhoneCallEventsQuery query)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        Outcome<IReadOnlyList<PhoneCallEventSubscription>, UapiError> listed = events.List(caller, userId, extension, eventType, eventId);
        if (!listed.Succeeded)
        {
            return Error(listed.Error);
        }

        string baseUrl = BaseUrl;
        List<PhoneCallEventResource> all = [.. listed.Value.Select(s => PhoneCallEventMapper.ToResource(s, baseUrl, userId, extension))];
        return Answer(StatusCodes.Status200OK, PhoneCallEventMapper.Page(all, query, Request));
    }
}
