using static VoipUapi.Api.Enswitch.Accounts.EnswitchPrivilege;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>Every emulated function, with the privileges and the feature its vendor page names.</summary>
public static class EnswitchFunctions
{
    public static readonly EnswitchFunction ConferencesCreate = new("conferences/create", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction ConferencesGet = new("conferences/get", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction ConferencesList = new("conferences/list", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction ConferencesUpdate = new("conferences/update", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction ConferencesDelete = new("conferences/delete", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction ConferencesUnusedCode = new("conferences/unused/code", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction NotificationsCreate = new("conferences/notifications/create", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction NotificationsList = new("conferences/notifications/list", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction NotificationsDelete = new("conferences/notifications/delete", [User], EnswitchFeature.Conferences);
    public static readonly EnswitchFunction CallsActiveList = new("calls/active/list", [User, Reports]);
    public static readonly EnswitchFunction CallsActivePanel = new("calls/active/list/panel", [Panel]);
    public static readonly EnswitchFunction CallsHangUp = new("calls/hangup", [Actions, Panel]);
    public static readonly EnswitchFunction CallsMake = new("calls/make", [Actions, Panel], EnswitchFeature.Calls);
    public static readonly EnswitchFunction UserLogin = new("user/login", [User]);
    public static readonly EnswitchFunction CustomersGet = new("customers/get", [User]);
    public static readonly EnswitchFunction PeopleList = new("people/list", [User]);
    public static readonly EnswitchFunction PeopleGet = new("people/get", [User]);
}
