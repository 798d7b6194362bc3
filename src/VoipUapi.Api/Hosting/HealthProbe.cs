namespace VoipUapi.Api.Hosting;

/// <summary>
/// <c>dotnet VoipUapi.Api.dll --health-check</c>: asks the running emulator's <c>/healthz</c> on the port its
/// configuration names and exits 0 or 1, so that a container HEALTHCHECK needs no curl.
/// </summary>
public static class HealthProbe
{
    public const string Switch = "--health-check";

    public static bool IsRequested(string[] args) => args.Contains(Switch, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables("DOTNET_")
            .AddCommandLine(args.Where(a => a != Switch).ToArray())
            .Build();
        Uri target = HealthUrl(configuration);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using HttpResponseMessage response = await client.GetAsync(target);
            await Console.Out.WriteLineAsync($"{target}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{target}: {error.Message}");
            return 1;
        }
    }

    /// <summary>The first http address of <c>urls</c>, else the first of <c>HTTP_PORTS</c>, else 8080, on loopback.</summary>
    public static Uri HealthUrl(IConfiguration configuration)
    {
        string? url = (configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (url is not null)
        {
            string port = url[(url.LastIndexOf(':') + 1)..].TrimEnd('/');
            return new Uri($"http://127.0.0.1:{port}/healthz");
        }

        string httpPort = (configuration["HTTP_PORTS"] ?? "8080").Split([';', ','], StringSplitOptions.RemoveEmptyEntries)[0].Trim();
        return new Uri($"http://127.0.0.1:{httpPort}/healthz");
    }
}
