namespace VoipUapi.Telephony.Numbers;

internal static class NumberText
{
    public static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');
}
