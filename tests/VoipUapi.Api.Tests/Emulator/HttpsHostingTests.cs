using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The real emulator process on an https:// address of 127.0.0.1 (TestServer has no TLS).</summary>
public sealed partial class HttpsHostingTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("voipuapi-https-");

    [Fact]
    public async Task An_https_address_is_served_with_the_self_signed_certificate_kept_in_the_data_directory()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using Process emulator = StartEmulator("https://127.0.0.1:0", out StringBuilder output, out Task<int> listening);
        try
        {
            int port = await listening.WaitAsync(timeout.Token);
            string? served = null;
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                {
                    served = certificate?.Thumbprint;
                    return certificate is not null;
                },
            };
            using var client = new HttpClient(handler);

            using HttpResponseMessage health = await client.GetAsync(new Uri($"https://127.0.0.1:{port}/healthz"), timeout.Token);

            (await health.Content.ReadAsStringAsync(timeout.Token)).Should().Be("ok");
            using X509Certificate2 kept = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_data.FullName, EmulatorCertificateProvider.FileName), password: null);
            served.Should().Be(kept.Thumbprint);
        }
        catch (Exception error) when (error is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"the emulator did not answer over https; its output:\n{output}", error);
        }
        finally
        {
            if (!emulator.HasExited)
            {
                emulator.Kill(entireProcessTree: true);
            }

            await emulator.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    public void Dispose() => _data.Delete(recursive: true);

    /// <summary><c>dotnet VoipUapi.Api.dll --urls URL</c> from the test's output folder; the task gives the port Kestrel bound.</summary>
    private Process StartEmulator(string url, out StringBuilder output, out Task<int> listening)
    {
        string dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "VoipUapi.Api.dll"), "--urls", url, "--Emulator:DataDirectory", _data.FullName })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_HTTPS_PORTS");

        var lines = new StringBuilder();
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Read(line.Data);
        process.ErrorDataReceived += (_, line) => Read(line.Data);
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("the emulator exited before it listened"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = lines;
        listening = port.Task;
        return process;

        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (lines)
            {
                lines.AppendLine(line);
            }

            if (ListeningOn().Match(line) is { Success: true } match)
            {
                port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [GeneratedRegex(@"Now listening on: https://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningOn();
}
