using System.Globalization;
using System.Text;
using VoipUapi.Fuzz.Tests.Document;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>One request the fuzzer sends: the operation it aims at, the target as sent (escaped path and query), body, credentials, and what was mutated.</summary>
/// <param name="BlankSegment">True when a path segment holds only whitespace: bad input, which no operation may accept.</param>
public sealed record FuzzRequest(
    ApiOperation Operation,
    string Target,
    TokenChoice Token,
    string Mutation,
    byte[]? Body = null,
    string? ContentType = null,
    bool BlankSegment = false)
{
    private const int Shown = 300;

    public override string ToString()
    {
        var text = new StringBuilder($"{Operation.Method} {Shorten(Target)} with {Token}");
        if (Body is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", {ContentType ?? "no Content-Type"} body of {Body.Length} bytes: {Shorten(Encoding.UTF8.GetString(Body))}");
        }

        return text.ToString();
    }

    public static string Shorten(string text) => text.Length <= Shown ? text : $"{text[..Shown]}… ({text.Length} characters)";
}
