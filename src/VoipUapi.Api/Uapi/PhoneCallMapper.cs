using System.Globalization;
using VoipUapi.Api.Uapi.Views;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Uapi;

/// <summary>Writes engine calls as UnifiedAPI resources.</summary>
public static class PhoneCallMapper
{
    /// <param name="baseUrl">Scheme, host and path base of the request, for the resource's own link.</param>
    /// <param name="userId">The userId segment of the request, so that the link works for the same app.</param>
    /// <param name="showsView">Which views the app may see: those of extensions of its own account.</param>
    public static PhoneCallResource ToResource(Call call, string baseUrl, string userId, Func<CallView, bool> showsView)
    {
        ExtensionNumber? firstSeen = null;
        bool seesCharged = false;
        IReadOnlyList<CallView> all = CallViews.Of(call);
        var views = new List<PhoneCallViewResource>(all.Count);
        for (int i = 0; i < all.Count; i++)
        {
            CallView view = all[i];
            if (showsView(view))
            {
                firstSeen ??= view.Extension;
                seesCharged |= view.Extension == call.Extension;
                views.Add(ToViewResource(view));
            }
        }

        // The link names an extension the app may list: the charged one when it sees its view, else the first it sees.
        ExtensionNumber linked = seesCharged || firstSeen is null ? call.Extension : firstSeen.Value;
        return new()
        {
            Id = call.Id.Value,
            Nonce = call.Nonce,
            Extension = call.Extension.ToString(),
            OwnerId = call.Organization.Id.ToString(CultureInfo.InvariantCulture),
            OwnerName = call.Organization.Name,
            Published = UapiDates.Format(call.Published),
            Answered = UapiDates.Format(call.Answered),
            PhoneCallView = views,
            Links = new PhoneCallLink(SelfLink(baseUrl, userId, linked.ToString(), call)),
        };
    }

    /// <summary>The short answer of create requests, with the extension written as the client wrote it.</summary>
    public static CreatedPhoneCall ToCreated(Call call, string baseUrl, string userId, string extension) =>
        new(call.Id.Value, extension, new PhoneCallLink(SelfLink(baseUrl, userId, extension, call)));

    /// <summary>The short answer of hang-up requests: a link only for a call that is still live (one party left it).</summary>
    public static HungUpPhoneCall ToHungUp(Call call, string baseUrl, string userId, string extension) =>
        new(call.Id.Value, extension, call.IsLive ? new PhoneCallLink(SelfLink(baseUrl, userId, extension, call)) : null);

    public static PhoneCallViewResource ToViewResource(CallView view) => new()
    {
        Id = view.Id,
        Extension = view.Extension.ToString(),
        Source = view.Source,
        Destination = view.Destination,
        Flow = ((int)view.Flow).ToString(CultureInfo.InvariantCulture),
        Status = ((int)view.Status).ToString(CultureInfo.InvariantCulture),
        Ringing = UapiDates.Format(view.Ringing),
        Answered = UapiDates.Format(view.Answered),
        CallerId = view.CallerId.ToString(),
        Recording = UapiDates.Format(view.Recording),
        Parked = UapiDates.Format(view.Parking?.Since),
        ParkedPos = view.Parking?.Position.ToString(CultureInfo.InvariantCulture),
        ParkedBy = view.Parking?.ParkedBy.Value,
        OnHold = UapiDates.Format(view.OnHold),
        Holder = view.IsHolder ? "1" : null,
        Disposition = view.Disposition is { } disposition ? ((int)disposition).ToString(CultureInfo.InvariantCulture) : null,
    };

    private static string SelfLink(string baseUrl, string userId, string extension, Call call) =>
        $"{baseUrl}/uapi/phoneCalls/{userId}/{extension}/{call.Id.Value}";
}
