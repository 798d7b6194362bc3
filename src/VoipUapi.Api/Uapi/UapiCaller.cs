using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Uapi;

/// <summary>The app a UnifiedAPI request comes from, and what its account lets it see.</summary>
public sealed record UapiCaller(OAuthApp App)
{
    /// <summary>Short numbers (<c>210</c>) are for apps of a User or an Organization, never the Administrator.</summary>
    public bool MayUseShortNumbers => App.Account != AccountKind.Administrator;

    public bool CanSee(User user) => App.Account switch
    {
        AccountKind.Administrator => true,
        AccountKind.Organization => user.OrganizationId == App.AccountId,
        _ => user.Id == App.AccountId,
    };

    public string AccountName => App.Account switch
    {
        AccountKind.Administrator => "an Administrator app",
        AccountKind.Organization => "an Organization app",
        _ => "a User app",
    };
}
