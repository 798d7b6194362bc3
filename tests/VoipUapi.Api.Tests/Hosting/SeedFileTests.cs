using System.Net;
using SeedException = VoipUapi.Telephony.Seeding.SeedException;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary><c>--seed PATH</c> (Emulator:SeedPath): a seed of the same shape instead of the default, or no start at all.</summary>
public sealed class SeedFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"voipuapi-seed-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task A_seed_file_replaces_the_default_network()
    {
        await File.WriteAllTextAsync(_path, """
            {
              "organizations": [ { "id": 7, "code": "0007", "name": "Seventh" } ],
              "users": [ { "id": 70, "organizationId": 7, "name": "Ada" } ],
              "extensions": [ { "number": "0007*100", "type": "phoneTerminal", "ownerId": 70, "callerId": "Ada <700100>" } ],
              "apps": [ { "clientId": "ada-app", "clientSecret": "ada-secret", "account": "user", "accountId": 70 } ]
            }
            """);
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);
        using HttpClient ada = await emulator.ClientForAsync(new SeedApp("ada-app", "ada-secret"));

        using HttpResponseMessage response = await ada.GetAsync(new Uri("/uapi/phoneCalls/@me/100", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        emulator.Network.Directory.FindApp("uapi-user-app").Should().BeNull("the default seed was not loaded");
    }

    [Fact]
    public async Task A_seed_naming_a_missing_owner_stops_the_start()
    {
        await File.WriteAllTextAsync(_path, """
            {
              "organizations": [ { "id": 7, "code": "0007", "name": "Seventh" } ],
              "extensions": [ { "number": "0007*100", "type": "phoneTerminal", "ownerId": 99, "callerId": "Ada <700100>" } ]
            }
            """);
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", _path);

        Action start = () => emulator.CreateClient();

        start.Should().Throw<SeedException>().WithMessage("*extension 0007*100: owner user 99 is not a user of the seed*");
    }

    public void Dispose() => File.Delete(_path);
}
