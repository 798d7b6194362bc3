using System.Net;
using System.Text;

namespace VoipUapi.Api.Tests.Support;

/// <summary>Sends JSON to the control API (or the UAPI) as a client would, and hands back the whole answer.</summary>
public sealed class JsonClient(HttpClient client) : IDisposable
{
    public HttpClient Http => client;

    public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<Answer> PostAsync(string path, string? json = null) => SendAsync(HttpMethod.Post, path, json);

    public Task<Answer> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<Answer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path);

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using HttpResponseMessage response = await client.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.Location, body);
    }

    /// <summary>Places a simple call through the UnifiedAPI (this client must carry a User app's token); answers the call id.</summary>
    public async Task<string> PlaceSimpleCallAsync(string source, string destination, string query = "")
    {
        Answer placed = await PostAsync($"/uapi/phoneCalls/@me/simple{query}", $$"""
            {"extension":"210","phoneCallView":[{"source":["{{source}}"],"destination":["{{destination}}"]}]}
            """);
        placed.Status.Should().Be(HttpStatusCode.Accepted, placed.Body);
        return placed.Json[0].GetProperty("id").GetString()!;
    }

    public void Dispose() => client.Dispose();
}
