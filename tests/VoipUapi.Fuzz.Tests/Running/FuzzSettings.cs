using System.Globalization;

namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>
/// How a run is chosen, from the environment: <c>VOIPUAPI_FUZZ_SEED</c> (the same seed sends the same requests),
/// <c>VOIPUAPI_FUZZ_CASES</c> (random mixes per operation, on top of the systematic ones) and
/// <c>VOIPUAPI_FUZZ_ONLY</c> (only the operations whose <c>METHOD /path</c> contains it). docs/fuzzing.md.
/// </summary>
public sealed record FuzzSettings(int Seed, int RandomCasesPerOperation, string? Only)
{
    public const string SeedVariable = "VOIPUAPI_FUZZ_SEED";
    public const string CasesVariable = "VOIPUAPI_FUZZ_CASES";
    public const string OnlyVariable = "VOIPUAPI_FUZZ_ONLY";

    /// <summary>The seed CI runs with, so that its runs repeat; another seed explores other requests.</summary>
    public const int DefaultSeed = 13;

    public const int DefaultRandomCases = 60;

    public static FuzzSettings FromEnvironment() => new(
        Number(SeedVariable, DefaultSeed),
        Number(CasesVariable, DefaultRandomCases),
        Environment.GetEnvironmentVariable(OnlyVariable) is { Length: > 0 } only ? only : null);

    /// <summary>The command that sends the same requests again.</summary>
    public string Replay =>
        $"{SeedVariable}={Seed} {CasesVariable}={RandomCasesPerOperation}{(Only is null ? string.Empty : $" {OnlyVariable}=\"{Only}\"")} dotnet test tests/VoipUapi.Fuzz.Tests";

    public bool Covers(string operationKey) => Only is null || operationKey.Contains(Only, StringComparison.OrdinalIgnoreCase);

    /// <summary>The random source of one operation: the same for a seed and an operation, whichever other operations run.</summary>
    public Random RandomFor(string operationKey)
    {
        uint hash = 2166136261;
        foreach (char c in operationKey)
        {
            hash = (hash ^ c) * 16777619;
        }

        return new Random(Seed ^ (int)hash);
    }

    private static int Number(string variable, int fallback)
    {
        string? text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new InvalidOperationException($"{variable}={text} is not a whole number of 0 or more.");
    }
}
