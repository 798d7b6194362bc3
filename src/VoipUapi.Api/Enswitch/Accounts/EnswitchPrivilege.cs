namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>The role privileges the emulated functions ask for (each function's page names the ones it needs).</summary>
public enum EnswitchPrivilege
{
    /// <summary>The "user role privilege": conferences, the account functions, the list of active calls.</summary>
    User,

    /// <summary>Sees and acts in the sub-customers of its customer, and on conferences other people own.</summary>
    Administrator,

    /// <summary>Call actions: <c>calls/make</c>, <c>calls/hangup</c>.</summary>
    Actions,

    /// <summary>The control panel: <c>calls/make</c>, <c>calls/hangup</c>.</summary>
    Panel,

    /// <summary>Telephone line reports: <c>calls/active/list</c>.</summary>
    Reports,
}
