namespace VoipUapi.Api.Hosting;

/// <summary>
/// <c>VoipUapi.Api --health-check</c> (or <c>dotnet VoipUapi.Api.dll --health-check</c>): asks the running
/// emulator's <c>/healthz</c> on the address its configuration names and exits 0 or 1, so that a container
/// HEALTHCHECK needs no curl.
/// </summary>
public static class HealthProbe
{
    public const string Switch = "--health-check";

    /// <summary>The port Kestrel listens on when nothing names one, as under <c>dotnet run</c> (http://localhost:5000).</summary>
    public const string DefaultPort = "5000";

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
        using var handler = new HttpClientHandler
        {
            // The probe asks its own process on loopback, which may serve its self-signed certificate.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(3) };
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

    /// <summary>
    /// On loopback: the first http address of <c>urls</c>, else its first https one, else the first of
    /// <c>HTTP_PORTS</c>, else of <c>HTTPS_PORTS</c>, else Kestrel's own default, http port 5000. The Docker image sets
    /// <c>ASPNETCORE_HTTP_PORTS=8080</c>, so there the check asks port 8080.
    /// </summary>
    public static Uri HealthUrl(IConfiguration configuration)
    {
        string[] urls = (configuration["urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? url = urls.FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? urls.FirstOrDefault(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
        if (url is not null)
        {
            string scheme = url[..url.IndexOf(':', StringComparison.Ordinal)].ToLowerInvariant();
            string port = url[(url.LastIndexOf(':') + 1)..].TrimEnd('/');
            return Loopback(scheme, port);
        }

        return FirstPort(configuration["HTTP_PORTS"]) is { } http ? Loopback("http", http)
            : FirstPort(configuration["HTTPS_PORTS"]) is { } https ? Loopback("https", https)
            : Loopback("http", DefaultPort);
    }

    private static string? FirstPort(string? ports) =>
        ports?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    private static Uri Loopback(string scheme, string port) => new($"{scheme}://127.0.0.1:{port}/healthz");
}
