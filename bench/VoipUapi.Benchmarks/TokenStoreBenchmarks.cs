using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi.Auth;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Benchmarks;

/// <summary>
/// Issuing a token on a frozen clock with the store full (<c>OAuth:MaxTokens</c> tokens held, none expired), so that
/// each issue drops the oldest: the cost stays the same however many tokens are held.
/// </summary>
[MemoryDiagnoser]
public class TokenStoreBenchmarks
{
    private TokenStore _store = null!;

    [Params(1_000, 30_000, 100_000)]
    public int Held { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new TokenStore(new VirtualClock(DateTimeOffset.UnixEpoch), Options.Create(new OAuthOptions { MaxTokens = Held }));
        for (int i = 0; i < Held; i++)
        {
            _store.Issue("uapi-user-app");
        }
    }

    [Benchmark]
    public string Issue() => _store.Issue("uapi-user-app");
}
