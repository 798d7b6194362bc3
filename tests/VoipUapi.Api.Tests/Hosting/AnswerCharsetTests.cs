using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>JSON answers are UTF-8 whatever <c>Accept-Charset</c> asks for, as the vendors answer (and RFC 8259 requires).</summary>
public sealed class AnswerCharsetTests
{
    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16, utf-8;q=0.1")]
    [InlineData("utf-32")]
    [InlineData("iso-8859-1")]
    public async Task Every_kind_of_answer_is_UTF_8_whatever_the_client_asks(string acceptCharset)
    {
        await using var emulator = new EmulatorFactory();
        string token = await emulator.TokenForAsync(SeedApp.User);
        using HttpClient client = emulator.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Charset", acceptCharset);

        foreach ((HttpMethod method, string path, HttpContent? body, bool bearer) in new (HttpMethod, string, HttpContent?, bool)[]
        {
            (HttpMethod.Post, "/oauth/token.php", Form(("client_id", "uapi-user-app"), ("client_secret", "uapi-user-secret"), ("grant_type", "client_credentials")), false),
            (HttpMethod.Post, "/oauth/token.php", Form(("client_id", "uapi-user-app"), ("client_secret", "nope"), ("grant_type", "client_credentials")), false),
            (HttpMethod.Get, "/uapi/phoneCalls/@me/@self", null, true),
            (HttpMethod.Get, "/uapi/phoneCalls/@me/0003*999", null, true),
            (HttpMethod.Get, "/uapi/phoneCalls/@me/@self", null, false),
            (HttpMethod.Get, "/emulator/clock", null, false),
            (HttpMethod.Get, "/emulator/calls/nope", null, false),
            (HttpMethod.Get, "/api/json/user/login/?auth_username=user&auth_password=password", null, false),
            (HttpMethod.Get, "/api/json/user/login/?auth_username=user&auth_password=wrong", null, false),
            (HttpMethod.Get, "/nothing/here", null, false),
        })
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body };
            if (bearer)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using HttpResponseMessage response = await client.SendAsync(request);

            byte[] bytes = await response.Content.ReadAsByteArrayAsync();
            string what = $"{method} {path} with Accept-Charset: {acceptCharset}";
            response.Content.Headers.ContentType!.CharSet?.ToUpperInvariant().Should().Be("UTF-8", what);
            bytes.Should().NotContain(0, "{0} must not be UTF-16 or UTF-32", what);
            Action parse = () => JsonDocument.Parse(Encoding.UTF8.GetString(bytes)).Dispose();
            parse.Should().NotThrow(what);
        }
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.Value)));
}
