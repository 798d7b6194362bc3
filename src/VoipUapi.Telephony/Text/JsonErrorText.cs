namespace VoipUapi.Telephony.Text;

public static class JsonErrorText
{
    /// <summary>
    /// A System.Text.Json error message without its trailing "Path: … | LineNumber: 2 | BytePositionInLine: 14."
    /// (0-based), for callers that state the place themselves, 1-based.
    /// </summary>
    public static string WithoutLocation(string message)
    {
        int location = message.IndexOf(" Path: ", StringComparison.Ordinal) is >= 0 and var path ? path : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (location < 0 ? message : message[..location]).TrimEnd();
    }
}
