using System.Diagnostics;

namespace VoipUapi.Api.Tests.Genesys.CometD;

/// <summary>
/// Finds node and the CometD harness (<c>tests/cometd</c>), and installs its pinned packages with <c>npm ci</c> when
/// <c>node_modules</c> is missing, once per test run, so that <c>dotnet test</c> works on a fresh clone with node and npm.
/// </summary>
public static class NodeTooling
{
    private static readonly Lazy<string> NodePath = new(() => OnPath("node"));
    private static readonly Lazy<string> Harness = new(FindHarness);
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    public static string Node => NodePath.Value;

    public static string HarnessDirectory => Harness.Value;

    /// <summary>Completes once node is found and the harness's packages are in place; throws naming what is missing.</summary>
    public static Task EnsureInstalledAsync() => Installed.Value;

    private static async Task InstallAsync()
    {
        _ = Node;
        if (Directory.Exists(Path.Combine(HarnessDirectory, "node_modules", "cometd-nodejs-client")))
        {
            return;
        }

        var start = new ProcessStartInfo(OnPath("npm"), "ci --no-audit --no-fund --loglevel=error")
        {
            WorkingDirectory = HarnessDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process npm = Process.Start(start)!;
        Task<string> output = npm.StandardOutput.ReadToEndAsync();
        Task<string> errors = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in {HarnessDirectory} failed ({npm.ExitCode}): {await output}{await errors}");
        }
    }

    private static string OnPath(string tool)
    {
        string[] names = OperatingSystem.IsWindows() ? [tool + ".exe", tool + ".cmd"] : [tool];
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string name in names)
            {
                string candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"The CometD client tests run the stock JavaScript client on Node.js, but '{tool}' is not on PATH. Install Node.js 18 or later with npm (apt-get install nodejs npm, or https://nodejs.org) and run the tests again.");
    }

    private static string FindHarness()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "tests", "cometd");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/cometd/package.json not found above {AppContext.BaseDirectory}");
    }
}
