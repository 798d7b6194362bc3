using VoipUapi.Telephony.Seeding;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Finds the file a <c>--seed</c> path names. A relative path is looked for in the working directory, then in the
/// folder of the shell that started the emulator (<c>PWD</c>): <c>dotnet run --project src/VoipUapi.Api</c> runs the
/// emulator in its project folder, while the user wrote the path relative to the folder they typed the command in.
/// </summary>
public static class SeedFileLocation
{
    /// <summary>The full path of the seed file, or a <see cref="SeedException"/> that names every place looked in.</summary>
    /// <param name="shellDirectory">The shell's folder (<c>PWD</c>), if the platform has one.</param>
    public static string Resolve(string path, string workingDirectory, string? shellDirectory)
    {
        ArgumentNullException.ThrowIfNull(path);
        List<string> candidates = Candidates(path.Trim(), workingDirectory, shellDirectory);
        return candidates.Find(File.Exists) ?? throw new SeedException(
            $"seed {path}: no such file (looked for {string.Join(" and ", candidates)}); give the path of a JSON seed, "
            + "absolute or relative to the folder you start the emulator in (see docs/seed.md).");
    }

    /// <summary>Resolves <paramref name="path"/> the way the emulator's own process does, from its working directory and <c>PWD</c>.</summary>
    public static string Resolve(string path) => Resolve(path, Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"));

    private static List<string> Candidates(string path, string workingDirectory, string? shellDirectory)
    {
        if (Path.IsPathRooted(path))
        {
            return [Path.GetFullPath(path)];
        }

        List<string> candidates = [Path.GetFullPath(path, workingDirectory)];
        if (shellDirectory is { Length: > 0 } && Path.IsPathRooted(shellDirectory))
        {
            string fromShell = Path.GetFullPath(path, shellDirectory);
            if (fromShell != candidates[0])
            {
                candidates.Add(fromShell);
            }
        }

        return candidates;
    }
}
