using System.Globalization;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Calls;
using VoipUapi.Telephony.Directory;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Cdr;

/// <summary>
/// Whose call history a CDR request reads: the vendor's <c>userId</c> is a user, an organization or the
/// administrator. Each answer comes from the history's index of the user's extensions or of the organization; only
/// the administrator's whole history is every retained call.
/// </summary>
public sealed class CdrScope(TelephonyNetwork network)
{
    private const string Hint = "@me, a user id (12) or an organization id (3) the app may see";

    /// <summary>The retained ended calls of the scope <paramref name="userId"/> names (null: the app's own account), newest first.</summary>
    public Outcome<IReadOnlyList<Call>, UapiError> EndedCalls(UapiCaller caller, string? userId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (userId is not null && string.IsNullOrWhiteSpace(userId))
        {
            return UapiErrors.For(UserInvalid, $"the userId segment is blank; send {Hint}.");
        }

        if (userId is null || userId.Equals("@me", StringComparison.OrdinalIgnoreCase) || userId.Equals("@viewer", StringComparison.OrdinalIgnoreCase))
        {
            return Success(OwnHistory(caller));
        }

        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out int id))
        {
            return UapiErrors.For(UserInvalid, $"'{userId}' names no account whose calls a CDR lists; send {Hint}.");
        }

        if (network.Directory.FindUser(id) is { } user && caller.CanSee(user))
        {
            return Success(OfUser(user));
        }

        if (network.Directory.FindOrganization(id) is { } organization && MaySee(caller, organization))
        {
            return Success(network.EndedCallsInOrganization(organization.Code));
        }

        return UapiErrors.For(UserInvalid, $"{id} is no user or organization visible to {caller.AccountName}; send {Hint}.");
    }

    private IReadOnlyList<Call> OwnHistory(UapiCaller caller) => caller.App.Account switch
    {
        AccountKind.Administrator => network.EndedCalls,
        AccountKind.Organization => network.Directory.FindOrganization(caller.App.AccountId!.Value) is { } home ? network.EndedCallsInOrganization(home.Code) : [],
        _ => network.Directory.FindUser(caller.App.AccountId!.Value) is { } me ? OfUser(me) : [],
    };

    private IReadOnlyList<Call> OfUser(User user) => network.EndedCallsInvolving(network.Directory.ExtensionsOf(user.Id).Select(e => e.Number.ToString()));

    private static bool MaySee(UapiCaller caller, Organization organization) =>
        caller.App.Account == AccountKind.Administrator || (caller.App.Account == AccountKind.Organization && caller.App.AccountId == organization.Id);

    private static Outcome<IReadOnlyList<Call>, UapiError> Success(IReadOnlyList<Call> calls) => Outcome<IReadOnlyList<Call>, UapiError>.Success(calls);
}
