using System.Globalization;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Directory;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Reads UnifiedAPI names in the context of the calling app: <c>@me</c>/<c>@owner</c>/user ids, extension numbers
/// (short ones only for User and Organization apps) and phone numbers, refusing what the app may not see.
/// </summary>
public sealed class UapiResolver(TelephonyNetwork network)
{
    public const string Self = "@self";

    private const string UserIdHint = "@me, @viewer, @owner or a numeric user id such as 12";

    /// <summary>True for <c>@self</c>, written in any case.</summary>
    public static bool IsSelf(string extension) => string.Equals(extension, Self, StringComparison.OrdinalIgnoreCase);

    private TelephonyDirectory Directory => network.Directory;

    public UapiCaller? CallerOf(IssuedToken? token) =>
        token is not null && Directory.FindApp(token.ClientId) is { } app
            ? new UapiCaller(app)
            : null;

    /// <summary>Resolves the userId of the path; <paramref name="ownerExtension"/> is what <c>@owner</c> refers to.</summary>
    public Outcome<User, UapiError> User(UapiCaller caller, string userId, string? ownerExtension)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return UapiErrors.For(UserInvalid, $"the userId segment is blank; send {UserIdHint}.");
        }

        switch (userId.ToUpperInvariant())
        {
            case "@ME" or "@VIEWER":
                return caller.App.Account == AccountKind.User && Directory.FindUser(caller.App.AccountId!.Value) is { } me
                    ? me
                    : UapiErrors.For(UserInvalid,
                        $"{userId} means the app's own user, and {caller.AccountName} has none; send the numeric id of the user, such as 12.");
            case "@OWNER":
                return Owner(caller, ownerExtension);
        }

        if (!int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out int id))
        {
            return UapiErrors.For(UserInvalid, $"'{userId}' is not a user id; send {UserIdHint}.");
        }

        return Directory.FindUser(id) is { } user && caller.CanSee(user)
            ? user
            : UapiErrors.For(UserInvalid, $"user {id} does not exist or is not visible to {caller.AccountName}; send @me or the id of a user of the app's own account.");
    }

    /// <summary>Resolves an extension number of <paramref name="user"/>, optionally of one type.</summary>
    public Outcome<Extension, UapiError> ExtensionOf(UapiCaller caller, User user, string text, ExtensionType? type = null)
    {
        Outcome<Extension, UapiError> found = Extension(caller, OrganizationOf(user), text);
        if (!found.Succeeded)
        {
            return found;
        }

        Extension extension = found.Value;
        if (extension.OwnerUserId != user.Id)
        {
            return UapiErrors.For(ExtensionInvalid, $"{extension.Number} is not an extension of user {user.Id}; send one of {Owned(user, type)}.");
        }

        if (type is { } wanted && extension.Type != wanted)
        {
            return UapiErrors.For(ExtensionInvalid,
                $"{extension.Number} is a {Named(extension.Type)} extension; send the number of a {Named(wanted)} extension of user {user.Id}: {Owned(user, wanted)}.");
        }

        return extension;
    }

    /// <summary>
    /// The user of the path and the extensions its extension segment covers: the one named (of <paramref name="type"/>,
    /// when given), or with <c>@self</c> every extension of the user (of that type), in the seed's order.
    /// </summary>
    public Outcome<(User User, List<Extension> Extensions), UapiError> PathExtensions(UapiCaller caller, string userId, string extension, ExtensionType? type = null)
    {
        Outcome<User, UapiError> user = User(caller, userId, extension);
        if (!user.Succeeded)
        {
            return user.Error;
        }

        if (IsSelf(extension))
        {
            return (user.Value, Directory.ExtensionsOf(user.Value.Id).Where(e => type is null || e.Type == type).ToList());
        }

        Outcome<Extension, UapiError> owned = ExtensionOf(caller, user.Value, extension, type);
        return owned.Succeeded ? (user.Value, [owned.Value]) : owned.Error;
    }

    /// <summary>Resolves a number to ring: an extension, a sandbox or a public number. Errors carry <paramref name="code"/>.</summary>
    public Outcome<PhoneAddress, UapiError> Phone(UapiCaller caller, User user, string text, string code)
    {
        if (DialedNumber.Parse(text) is not { } dialed)
        {
            return UapiErrors.For(code, $"'{text}' is not a phone number; send {UapiErrors.NumberHint}.");
        }

        Organization organization = OrganizationOf(user);
        if (dialed.Kind == DialedNumberKind.Public)
        {
            return LocalExtensionOrPublic(dialed, organization);
        }

        if (dialed.Kind == DialedNumberKind.Short && !caller.MayUseShortNumbers)
        {
            return UapiErrors.For(code, ShortNumberRefused(dialed, organization));
        }

        ExtensionNumber number = dialed.Kind == DialedNumberKind.Short ? dialed.InOrganization(organization.Code) : ParseExtended(dialed.Text);
        if (Directory.IsSandbox(number))
        {
            return PhoneAddress.ForSandbox(number);
        }

        return Directory.FindExtension(number) is not null
            ? PhoneAddress.ForExtension(number)
            : UapiErrors.For(code, $"there is no extension {number}; send an existing extension or a public number.");
    }

    /// <summary>
    /// A public-looking number that is exactly the local part of an extension of the caller's organization (<c>15000</c>
    /// for <c>0003*15000</c>; local parts of 4 or 5 digits) rings that extension, as a PBX's own numbering plan
    /// comes before the public network; any other stays public (docs/decisions/0020).
    /// </summary>
    private PhoneAddress LocalExtensionOrPublic(DialedNumber dialed, Organization organization) =>
        dialed.Text.Length <= ExtensionNumber.MaxLocalDigits && !dialed.Text.StartsWith('+') && Directory.FindExtension(new ExtensionNumber(organization.Code, dialed.Text)) is not null
            ? PhoneAddress.ForExtension(new ExtensionNumber(organization.Code, dialed.Text))
            : PhoneAddress.ForPublic(dialed.Text);

    /// <summary>The organization whose short numbers the caller dials: its own (an Organization app) or its user's; none for an Administrator app.</summary>
    public Organization? HomeOf(UapiCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.App.Account switch
        {
            AccountKind.Organization => Directory.FindOrganization(caller.App.AccountId!.Value),
            AccountKind.User => Directory.FindUser(caller.App.AccountId!.Value) is { } user ? Directory.FindOrganization(user.OrganizationId) : null,
            _ => null,
        };
    }

    public Organization OrganizationOf(User user) =>
        Directory.FindOrganization(user.OrganizationId) ?? throw new InvalidOperationException($"user {user.Id} has no organization");

    /// <summary>True when <paramref name="number"/> is an extension of a user <paramref name="caller"/> may see.</summary>
    public bool CanSee(UapiCaller caller, ExtensionNumber number) =>
        Directory.FindExtension(number) is { } extension && Directory.FindUser(extension.OwnerUserId) is { } owner && caller.CanSee(owner);

    private Outcome<User, UapiError> Owner(UapiCaller caller, string? ownerExtension)
    {
        if (ownerExtension is null || IsSelf(ownerExtension))
        {
            return UapiErrors.For(UserInvalid, "@owner means the owner of the extension, and this request names none; send a numeric user id or name one extension.");
        }

        Outcome<Extension, UapiError> extension = Extension(caller, HomeOf(caller), ownerExtension);
        if (!extension.Succeeded)
        {
            return extension.Error;
        }

        return Directory.FindUser(extension.Value.OwnerUserId) is { } owner && caller.CanSee(owner)
            ? owner
            : UapiErrors.For(ExtensionInvalid, $"{extension.Value.Number} is not an extension {caller.AccountName} may use; send one of the app's own extensions.");
    }

    private Outcome<Extension, UapiError> Extension(UapiCaller caller, Organization? home, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return UapiErrors.For(ExtensionInvalid, "the extension is blank; send an extended number such as 0003*210, a short one such as 210, or @self.");
        }

        DialedNumber? dialed = DialedNumber.Parse(text);
        if (dialed is null || dialed.Value.Kind == DialedNumberKind.Public)
        {
            return UapiErrors.For(ExtensionInvalid, $"'{text}' is not an extension number; send an extended number such as 0003*210, or a short one such as 210.");
        }

        if (dialed.Value.Kind == DialedNumberKind.Short && (home is null || !caller.MayUseShortNumbers))
        {
            return UapiErrors.For(ExtensionInvalid, ShortNumberRefused(dialed.Value, home));
        }

        ExtensionNumber number = dialed.Value.Kind == DialedNumberKind.Short
            ? dialed.Value.InOrganization(home!.Code)
            : ParseExtended(dialed.Value.Text);
        return Directory.FindExtension(number) is { } extension
            ? extension
            : UapiErrors.For(ExtensionInvalid, $"there is no extension {number}; send the number of an existing extension.");
    }

    private static string ShortNumberRefused(DialedNumber dialed, Organization? home) =>
        $"short number '{dialed.Text}' needs an app of a User or Organization account; an Administrator app sends the extended number, such as {home?.Code ?? "0003"}*{dialed.Text.TrimStart('*')}.";

    private static ExtensionNumber ParseExtended(string text) =>
        ExtensionNumber.TryParse(text, out ExtensionNumber number) ? number : throw new ArgumentException($"'{text}' is not extended", nameof(text));

    private string Owned(User user, ExtensionType? type)
    {
        string[] numbers = Directory.ExtensionsOf(user.Id).Where(e => type is null || e.Type == type).Select(e => e.Number.ToString()).ToArray();
        return numbers.Length == 0 ? "its extensions (it has none of that type)" : string.Join(", ", numbers);
    }

    private static string Named(ExtensionType type) => type switch
    {
        ExtensionType.PhoneTerminal => "Phone Terminal",
        ExtensionType.VoicemailCenter => "Voicemail Center",
        ExtensionType.Ivr => "IVR",
        _ => type.ToString(),
    };
}
