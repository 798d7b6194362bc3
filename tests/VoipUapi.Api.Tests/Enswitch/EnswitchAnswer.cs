using System.Net;
using System.Text.Json;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>An Enswitch answer read whole; <see cref="Responses"/> checks the envelope's shape as it reads it.</summary>
internal sealed record EnswitchAnswer(HttpStatusCode Status, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Every response as (code, key, message), after checking each is three strings and nothing else.</summary>
    public IReadOnlyList<(string Code, string Key, string Message)> Responses
    {
        get
        {
            JsonElement root = Json;
            root.ValueKind.Should().Be(JsonValueKind.Object, Body);
            root.EnumerateObject().Select(p => p.Name).Should().BeSubsetOf(["responses", "data"], Body);
            return [.. root.GetProperty("responses").EnumerateArray().Select(r =>
            {
                r.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind)).Should().Equal(
                    [("code", JsonValueKind.String), ("key", JsonValueKind.String), ("message", JsonValueKind.String)], Body);
                return (r.GetProperty("code").GetString()!, r.GetProperty("key").GetString()!, r.GetProperty("message").GetString()!);
            })];
        }
    }

    public string Code => Responses[0].Code;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasData => Json.TryGetProperty("data", out _);

    /// <summary>The answer's data after checking it is HTTP 200 with the single response <paramref name="code"/> "OK".</summary>
    public JsonElement Expect(string code)
    {
        Status.Should().Be(HttpStatusCode.OK, Body);
        ContentType.Should().Be("application/json", Body);
        Responses.Should().Equal([(code, "", "OK")], Body);
        return HasData ? Data : default;
    }

    /// <summary>The keys of the responses, after checking each has <paramref name="code"/> and the HTTP status is 200.</summary>
    public IReadOnlyList<string> KeysOf(string code)
    {
        Status.Should().Be(HttpStatusCode.OK, Body);
        Responses.Should().OnlyContain(r => r.Code == code && r.Message.Length > 0, Body);
        HasData.Should().BeFalse(Body);
        return [.. Responses.Select(r => r.Key)];
    }

    /// <summary>The message of the one response, after checking its code and key.</summary>
    public string Refusal(string code, string key = "")
    {
        KeysOf(code).Should().Equal([key], Body);
        return Responses[0].Message;
    }
}
