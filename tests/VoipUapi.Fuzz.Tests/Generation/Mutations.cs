namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>The bad values the fuzzer puts in path segments and query values, written as they go on the wire (percent-encoded).</summary>
public static class Mutations
{
    /// <summary>
    /// No <c>%00</c>: the in-process host refuses to build such a path, as Kestrel refuses it before the emulator sees
    /// it. An empty segment is a doubled or trailing slash, which the vendor's own links use for a collection
    /// (<c>/uapi/phoneCalls/@me/210/?startIndex=20</c>), so it is fuzzed but not held to be blank.
    /// </summary>
    public static readonly IReadOnlyList<string> PathSegments =
    [
        "", "%20", "%20%20", "%09", "%0A", "%0B", "%0C", "%0D", "%C2%A0", "%E3%80%80", "%E2%80%A8", "%E2%80%AE", "%EF%BB%BF",
        "%C3%B1and%C3%BA", "%EF%BC%92%EF%BC%91%EF%BC%90", "%F0%9F%93%9E", "%FF", "%C3%28", "%ED%A0%80",
        "..", "%2E%2E", ".", "%2F", "a%2Fb", "%5C", "%25", "%3F", "%23", "%2A", "*", "**", "@", "@me", "@self", "@owner",
        "-1", "0", "00", "1e3", "99999999999999999999", "0x10", "+1", "null", "undefined", "{id}", "'", "%22", "%3Cscript%3E",
        new string('a', 4096), new string('9', 300), string.Concat(Enumerable.Repeat("%E2%80%A8", 200)),
    ];

    /// <summary>Query value mutations tried on each parameter: the first <see cref="AlwaysTried"/> always, the others a seeded share.</summary>
    public const int QueryValuesPerParameter = 10;

    private const int AlwaysTried = 4;

    public static readonly IReadOnlyList<string> QueryValues =
    [
        "", "%20", "%00", "abc", "%09", "%0A", "%C2%A0", "%E3%80%80", "%E2%80%AE", "%FF", "%C3%B1", "-1", "0", "1.5", "1e400", "-0",
        "99999999999999999999", "true", "null", "%2C%2C%2C", "%5B%5D", "%7B%7D", "'", "%3Cscript%3E", "+", "%2B",
        new string('a', 10_000),
    ];

    /// <summary>
    /// The query value mutations for one parameter: empty, whitespace, NUL and a wrong type always, and a seeded share
    /// of the others, so that an operation with a dozen parameters stays within the run's time (every mutation is
    /// tried on some parameter of some operation, and another seed tries others).
    /// </summary>
    public static IEnumerable<string> SomeQueryValues(Random random) =>
        QueryValues.Take(AlwaysTried).Concat(QueryValues.Skip(AlwaysTried).OrderBy(_ => random.Next()).Take(QueryValuesPerParameter - AlwaysTried));

    /// <summary>Names of query parameters no operation documents (not encoded yet), to be sure they are ignored or refused, never a fault.</summary>
    public static readonly IReadOnlyList<string> UnknownQueryNames = ["unknown", "\u0000", "\u2028", "a[b]", new string('q', 3000)];
}
