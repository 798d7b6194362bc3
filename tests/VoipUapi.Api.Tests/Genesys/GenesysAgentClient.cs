using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Genesys.Notifications;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Genesys;

/// <summary>An agent's client as a GWS application runs one: Basic credentials, the session cookie and the CSRF token from a first GET.</summary>
public static class GenesysAgentClient
{
    public const string SeedCall7 = "01RCC3N118B1V0SL8O7GK2LAES000007";
    public const string SeedCall8 = "01RCC3N118B1V0SL8O7GK2LAES000008";
    public const string Device15000 = "631608b3-ceb1-472b-ba05-2ae39555b0d1";

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    /// <summary>Logs <paramref name="user"/> in with <c>GET /api/v2/me</c> and keeps its cookie and CSRF token for the next requests.</summary>
    public static async Task<JsonClient> AgentAsync(this EmulatorFactory emulator, string user = "agent1")
    {
        HttpClient http = emulator.CreateClient();
        http.DefaultRequestHeaders.Authorization = Basic(user, "password");
        using HttpResponseMessage me = await http.GetAsync(new Uri("/api/v2/me", UriKind.Relative));
        me.EnsureSuccessStatusCode();
        if (me.Headers.TryGetValues("X-CSRF-TOKEN", out IEnumerable<string>? token))
        {
            http.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token.Single());
        }

        return new JsonClient(http);
    }

    public static Task<Answer> OperateAsync(this JsonClient agent, string callId, string json) => agent.PostAsync($"/api/v2/me/calls/{callId}", json);

    public static RecentGenesysNotifications Notifications(this EmulatorFactory emulator) => emulator.Services.GetRequiredService<RecentGenesysNotifications>();

    /// <summary>The first notification for <paramref name="user"/> that matches; fails after 10 s of real time if none comes.</summary>
    public static async Task<GenesysNotification> NotificationAsync(this EmulatorFactory emulator, string user, Func<GenesysNotification, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await emulator.Notifications().WaitForAsync(n => n.AgentUserName == user && match(n), timeout.Token);
    }
}
