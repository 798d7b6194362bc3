using VoipUapi.Api.Uapi.Validation;
using VoipUapi.Api.Uapi.Webhooks;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>
/// The PhoneCallEvents requests, after their form is validated: resolves the path in the context of the calling app
/// (an extension of a type the vendor allows, never <c>@self</c>), applies the vendor's rules, and keeps the result.
/// </summary>
public sealed class PhoneCallEventService(PhoneCallEventStore store, UapiResolver resolver, WebhookTargets targets, TimeProvider time)
{
    /// <summary>The extension types that have call events (the vendor's list).</summary>
    public static readonly IReadOnlyList<ExtensionType> AllowedTypes = [ExtensionType.PhoneTerminal, ExtensionType.Queue, ExtensionType.Conference, ExtensionType.Ivr];

    public Outcome<PhoneCallEventSubscription, UapiError> Create(UapiCaller caller, string userId, string extension, string? pathType, PhoneCallEventPayload payload)
    {
        Outcome<ExtensionNumber, UapiError> owner = ExtensionOfPath(caller, userId, extension);
        if (!owner.Succeeded)
        {
            return owner.Error;
        }

        Outcome<PhoneCallEventType, UapiError> type = TypeOfCreate(pathType, payload.Type);
        if (!type.Succeeded)
        {
            return type.Error;
        }

        if (payload.Url is null)
        {
            return UapiErrors.For(EventUrlInvalid, "url is missing; send the absolute http or https URL to request when the event happens, such as http://127.0.0.1:8000/calls.");
        }

        Outcome<Uri, UapiError> url = Allowed(payload.Url);
        if (!url.Succeeded)
        {
            return url.Error;
        }

        var created = new PhoneCallEventSubscription(
            owner.Value, type.Value, payload.Id ?? store.NewId(owner.Value, type.Value), url.Value, payload.Method == "1", payload.Status != "0", payload.Note, time.GetUtcNow());
        return store.TryAdd(created) switch
        {
            PhoneCallEventAdding.Added => created,
            PhoneCallEventAdding.IdTaken => UapiErrors.For(EventIdInvalid,
                $"{owner.Value} already has a type {(int)type.Value} event '{created.Id}'; send another id, leave id out to have one generated, or update that one with PUT."),
            _ => UapiErrors.For(RequestInvalid, $"the emulator keeps at most {store.Capacity} PhoneCallEvents (Uapi:Webhooks:MaxSubscriptions); delete some, or POST /emulator/reset."),
        };
    }

    /// <summary>The events of the path: all of the extension, those of one type, or the one named (unknown: <c>pce_id_invalid</c>).</summary>
    public Outcome<IReadOnlyList<PhoneCallEventSubscription>, UapiError> List(UapiCaller caller, string userId, string extension, string? pathType, string? eventId)
    {
        Outcome<ExtensionNumber, UapiError> owner = ExtensionOfPath(caller, userId, extension);
        if (!owner.Succeeded)
        {
            return owner.Error;
        }

        if (pathType is null)
        {
            return Outcome<IReadOnlyList<PhoneCallEventSubscription>, UapiError>.Success(store.Of(owner.Value));
        }

        Outcome<PhoneCallEventType, UapiError> type = TypeOfPath(pathType);
        if (!type.Succeeded)
        {
            return type.Error;
        }

        if (eventId is null)
        {
            return Outcome<IReadOnlyList<PhoneCallEventSubscription>, UapiError>.Success(store.Of(owner.Value, type.Value));
        }

        Outcome<PhoneCallEventSubscription, UapiError> found = Existing(owner.Value, type.Value, eventId, userId, extension);
        return found.Succeeded ? Outcome<IReadOnlyList<PhoneCallEventSubscription>, UapiError>.Success([found.Value]) : found.Error;
    }

    /// <summary>Changes the fields the body sends; <c>type</c> and <c>id</c>, when sent, must be those of the path.</summary>
    public Outcome<PhoneCallEventSubscription, UapiError> Update(
        UapiCaller caller, string userId, string extension, string pathType, string eventId, PhoneCallEventPayload payload)
    {
        Outcome<PhoneCallEventSubscription, UapiError> found = Named(caller, userId, extension, pathType, eventId);
        if (!found.Succeeded)
        {
            return found;
        }

        PhoneCallEventSubscription kept = found.Value;
        if (payload.Type is { } type && type != ((int)kept.Type).ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return UapiErrors.For(EventTypeInvalid, $"the type of an event cannot change (this one is {(int)kept.Type}); leave type out, or delete the event and create one of type {type}.");
        }

        if (payload.Id is { } id && id != kept.Id)
        {
            return UapiErrors.For(EventIdInvalid, $"the id of an event cannot change (this one is {kept.Id}); leave id out, or delete the event and create one with id {id}.");
        }

        Uri url = kept.Url;
        if (payload.Url is not null)
        {
            Outcome<Uri, UapiError> allowed = Allowed(payload.Url);
            if (!allowed.Succeeded)
            {
                return allowed.Error;
            }

            url = allowed.Value;
        }

        PhoneCallEventSubscription updated = kept with
        {
            Url = url,
            UsesPost = payload.Method is null ? kept.UsesPost : payload.Method == "1",
            Enabled = payload.Status is null ? kept.Enabled : payload.Status == "1",
            Note = payload.Note ?? kept.Note,
            Modified = time.GetUtcNow(),
        };
        return store.TryReplace(updated) ? updated : Gone(kept, userId, extension);
    }

    public Outcome<PhoneCallEventSubscription, UapiError> Delete(UapiCaller caller, string userId, string extension, string pathType, string eventId)
    {
        Outcome<PhoneCallEventSubscription, UapiError> found = Named(caller, userId, extension, pathType, eventId);
        if (!found.Succeeded)
        {
            return found;
        }

        return store.Remove(found.Value.Extension, found.Value.Type, found.Value.Id) is { } removed ? removed : Gone(found.Value, userId, extension);
    }

    private Outcome<PhoneCallEventSubscription, UapiError> Named(UapiCaller caller, string userId, string extension, string pathType, string eventId)
    {
        Outcome<ExtensionNumber, UapiError> owner = ExtensionOfPath(caller, userId, extension);
        if (!owner.Succeeded)
        {
            return owner.Error;
        }

        Outcome<PhoneCallEventType, UapiError> type = TypeOfPath(pathType);
        return type.Succeeded ? Existing(owner.Value, type.Value, eventId, userId, extension) : type.Error;
    }

    private Outcome<ExtensionNumber, UapiError> ExtensionOfPath(UapiCaller caller, string userId, string extension)
    {
        if (UapiResolver.IsSelf(extension))
        {
            return UapiErrors.For(ExtensionInvalid, "PhoneCallEvents belong to one extension and the extension cannot be @self; send its number, such as 0003*210 or 210.");
        }

        Outcome<User, UapiError> user = resolver.User(caller, userId, extension);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        Outcome<Extension, UapiError> owned = resolver.ExtensionOf(caller, user.Value, extension);
        if (!owned.Succeeded)
        {
            return owned.Error;
        }

        return AllowedTypes.Contains(owned.Value.Type)
            ? owned.Value.Number
            : UapiErrors.For(ExtensionInvalid,
                $"{owned.Value.Number} is a {owned.Value.Type} extension, which has no call events; send a Phone Terminal, Queue, Conference or IVR extension.");
    }

    private Outcome<PhoneCallEventSubscription, UapiError> Existing(ExtensionNumber owner, PhoneCallEventType type, string eventId, string userId, string extension)
    {
        if (string.IsNullOrWhiteSpace(eventId))
        {
            return UapiErrors.For(EventIdInvalid, $"the eventId segment is blank, which names no event; send the id of an event, as GET /uapi/extensions/{userId}/{extension}/phoneCallEvents lists them.");
        }

        return store.Find(owner, type, eventId) is { } found
            ? found
            : UapiErrors.For(EventIdInvalid,
                $"{owner} has no type {(int)type} event '{eventId}'; list its events with GET /uapi/extensions/{userId}/{extension}/phoneCallEvents.");
    }

    private static UapiError Gone(PhoneCallEventSubscription kept, string userId, string extension) =>
        UapiErrors.For(EventIdInvalid, $"event '{kept.Id}' was deleted meanwhile; list the events with GET /uapi/extensions/{userId}/{extension}/phoneCallEvents.");

    private static Outcome<PhoneCallEventType, UapiError> TypeOfCreate(string? pathType, string? bodyType)
    {
        if (pathType is null)
        {
            return bodyType is not null && PhoneCallEventPayloadValidator.TryParseType(bodyType, out PhoneCallEventType type)
                ? type
                : UapiErrors.For(EventTypeInvalid, $"type is missing; send it in the body or the path: {PhoneCallEventPayloadValidator.TypeHint}.");
        }

        Outcome<PhoneCallEventType, UapiError> ofPath = TypeOfPath(pathType);
        if (ofPath.Succeeded && bodyType is not null && bodyType != pathType.Trim())
        {
            return UapiErrors.For(EventTypeInvalid, $"the body's type {bodyType} is not the path's {pathType}; send one type, or the same in both.");
        }

        return ofPath;
    }

    private static Outcome<PhoneCallEventType, UapiError> TypeOfPath(string pathType) =>
        PhoneCallEventPayloadValidator.TryParseType(pathType, out PhoneCallEventType type)
            ? type
            : UapiErrors.For(EventTypeInvalid, $"the eventType segment '{pathType}' is not an event type; send {PhoneCallEventPayloadValidator.TypeHint}.");

    private Outcome<Uri, UapiError> Allowed(string text)
    {
        if (!PhoneCallEventPayloadValidator.TryParseUrl(text, out Uri? url))
        {
            return UapiErrors.For(EventUrlInvalid, $"'{text}' is not an absolute http or https URL; send one such as http://127.0.0.1:8000/calls.");
        }

        return targets.Allows(url) ? url : UapiErrors.For(EventUrlInvalid, targets.Refusal(url));
    }
}
