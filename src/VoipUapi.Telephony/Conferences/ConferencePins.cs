namespace VoipUapi.Telephony.Conferences;

/// <summary>
/// The PIN of each role of a conference. A role without a PIN cannot be joined; at least one role has one, and no
/// two roles share one, so a PIN always names exactly one role.
/// </summary>
public sealed record ConferencePins(string? Admin = null, string? Talker = null, string? Listener = null)
{
    public const int MaxLength = 16;

    /// <summary>The role <paramref name="pin"/> opens; null when it opens none.</summary>
    public ConferenceRole? RoleOf(string? pin) =>
        string.IsNullOrEmpty(pin) ? null
        : pin == Admin ? ConferenceRole.Admin
        : pin == Talker ? ConferenceRole.Talker
        : pin == Listener ? ConferenceRole.Listener
        : null;

    /// <summary>What is wrong with these PINs, or null when nothing is.</summary>
    public string? Problem()
    {
        string?[] set = [.. new[] { Admin, Talker, Listener }.Where(pin => !string.IsNullOrEmpty(pin))];
        if (set.Length == 0)
        {
            return "at least one of the admin, talker and listener PINs must be set";
        }

        if (set.Any(pin => pin!.Length > MaxLength || !pin.All(char.IsAsciiDigit)))
        {
            return $"a PIN is 1 to {MaxLength} digits";
        }

        return set.Distinct(StringComparer.Ordinal).Count() == set.Length ? null : "two roles have the same PIN; give each role its own";
    }
}
