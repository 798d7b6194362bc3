namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>
/// One row per emulated API, by path prefix (the longest matching prefix wins, <c>""</c> is everything else); a new
/// dialect adds its row here, and its routes, found in the OpenAPI document, are fuzzed with no other new code.
/// </summary>
public static class EnvelopeRules
{
    public static readonly IReadOnlyList<EnvelopeRule> Rows =
    [
        new("/uapi", "UnifiedAPI {\"error\":{\"code\",\"message\"}}", Envelopes.Uapi, StateParts.Network),
        new("/oauth", "OAuth {\"error\",\"error_description\"}", Envelopes.OAuth, StateParts.Network),
        new("/emulator", "problem details (application/problem+json)", Envelopes.Problem, StateParts.Network | StateParts.Journal),
        new("/api/v2", "Genesys {\"statusCode\",\"statusMessage\"} (the CSRF refusal plain text)", Envelopes.Genesys, StateParts.Network | StateParts.Agents, ByAgent: true),
        new("/api/json", "Enswitch {\"responses\":[{\"code\",\"key\",\"message\"}]}", Envelopes.Enswitch, StateParts.Network, Envelopes.EnswitchCode),
        new("", "problem details (application/problem+json)", Envelopes.Problem, StateParts.Network),
    ];

    public static EnvelopeRule For(string path) =>
        Rows.Where(row => row.Prefix.Length == 0 || path == row.Prefix || path.StartsWith(row.Prefix + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(row => row.Prefix.Length)!;
}
