using System.Net.Http.Headers;
using System.Text;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>How the tests talk Enswitch: raw query strings (with <c>;</c>) and form bodies, sent as written.</summary>
internal static class EnswitchRequests
{
    /// <summary>The default seed's person with the user role, in customer 3 (organization 0003).</summary>
    public const string User = "auth_username=user;auth_password=password";

    /// <summary>The reseller: an administrator of customer 1, above customers 3 and 4.</summary>
    public const string Reseller = "auth_username=reseller;auth_password=reseller-password";

    /// <summary>A person of customer 3 whose role has no user privilege (402 on conferences).</summary>
    public const string Operator = "auth_username=operator;auth_password=operator-password";

    /// <summary>A person of customer 4, whose rate plan has no conferences (403).</summary>
    public const string Basic = "auth_username=basic;auth_password=basic-password";

    public static async Task<EnswitchAnswer> EnswitchGetAsync(this HttpClient client, string pathAndQuery, string? contentType = null, string? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        if (contentType is not null)
        {
            request.Content = Form(body ?? string.Empty, contentType);
        }

        return await SendAsync(client, request);
    }

    public static async Task<EnswitchAnswer> EnswitchPostAsync(this HttpClient client, string pathAndQuery, string body, string? contentType = "application/x-www-form-urlencoded")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(pathAndQuery, UriKind.Relative)) { Content = Form(body, contentType) };
        return await SendAsync(client, request);
    }

    public static async Task<EnswitchAnswer> EnswitchSendAsync(this HttpClient client, HttpMethod method, string pathAndQuery, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.Relative)) { Content = content };
        return await SendAsync(client, request);
    }

    /// <summary>Creates a conference as <see cref="User"/> in customer 3 and answers its id.</summary>
    public static async Task<int> CreateConferenceAsync(this HttpClient client, string parameters = "code=123456;talkpin=234567", string auth = User)
    {
        EnswitchAnswer created = await client.EnswitchGetAsync($"/api/json/conferences/create/?{auth};{parameters}");
        return created.Expect("200").GetProperty("id").GetInt32();
    }

    private static ByteArrayContent Form(string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return content;
    }

    private static async Task<EnswitchAnswer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using HttpResponseMessage response = await client.SendAsync(request);
        return new EnswitchAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
