using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>An emulator host starts from whatever directory its process was started in.</summary>
[Collection(WorkingDirectoryAlone.Name)]
public sealed class EmulatorHostContentRootTests
{
    [Fact]
    public async Task A_host_started_from_an_unrelated_working_directory_serves_its_health_probe()
    {
        string before = Directory.GetCurrentDirectory();
        DirectoryInfo elsewhere = Directory.CreateTempSubdirectory("voipuapi-cwd-");
        try
        {
            Directory.SetCurrentDirectory(elsewhere.FullName);
            await using EmulatorHost host = new();
            using HttpClient client = host.CreateClient();
            using HttpResponseMessage health = await client.GetAsync("/healthz");
            health.StatusCode.Should().Be(HttpStatusCode.OK);
        }
        finally
        {
            Directory.SetCurrentDirectory(before);
            elsewhere.Delete(recursive: true);
        }
    }
}
