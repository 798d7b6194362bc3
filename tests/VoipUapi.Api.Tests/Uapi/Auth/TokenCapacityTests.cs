using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Api.Uapi.Hosting;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Auth;

/// <summary>The token store holds at most <c>OAuth:MaxTokens</c> tokens: the oldest goes when a new one would pass the bound.</summary>
public sealed class TokenCapacityTests
{
    [Fact]
    public async Task On_a_frozen_clock_the_oldest_token_is_evicted_once_the_bound_is_reached()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("OAuth:MaxTokens", "3");
        string[] tokens = new string[4];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = await emulator.TokenForAsync(SeedApp.User);
        }

        using HttpResponseMessage evicted = await ListWithAsync(emulator, tokens[0]);

        (await evicted.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied")).Should().Contain("OAuth:MaxTokens");
        foreach (string kept in tokens[1..])
        {
            using HttpResponseMessage answer = await ListWithAsync(emulator, kept);
            answer.StatusCode.Should().Be(HttpStatusCode.OK, "the three newest tokens are kept");
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10000001")]
    public void Bound_outside_its_range_is_refused_naming_the_setting(string maxTokens)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OAuth:MaxTokens"] = maxTokens }).Build();
        using ServiceProvider services = new ServiceCollection().AddUapi(configuration).BuildServiceProvider();

        Func<OAuthOptions> read = () => services.GetRequiredService<IOptions<OAuthOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*MaxTokens*", "AddUapi validates the setting at start (ValidateOnStart)");
    }

    private static async Task<HttpResponseMessage> ListWithAsync(EmulatorFactory emulator, string token)
    {
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetPathAsync("/uapi/phoneCalls/@me/@self");
    }
}
