using System.Globalization;
using VoipUapi.Telephony.Calls;

namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>
/// The <c>uniqueid</c> of a call leg: the call id, a dot and the leg's number (<c>b817d2618fe6f1804db1.1</c>). The
/// vendor's look like <c>1234567890.123456</c>; clients treat them as opaque strings, and this one names its leg
/// without any table to keep (docs/decisions/0012).
/// </summary>
public static class UniqueId
{
    public static string Of(CallId call, int leg) => string.Create(CultureInfo.InvariantCulture, $"{call.Value}.{leg}");

    public static bool TryParse(string text, out CallId call, out int leg)
    {
        ArgumentNullException.ThrowIfNull(text);
        int dot = text.LastIndexOf('.');
        call = default;
        leg = 0;
        if (dot <= 0 || !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out leg))
        {
            return false;
        }

        call = new CallId(text[..dot]);
        return true;
    }
}
