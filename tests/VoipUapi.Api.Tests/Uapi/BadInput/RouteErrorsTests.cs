using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.BadInput;

/// <summary>Requests no UnifiedAPI action serves: unknown routes, wrong methods, all in the UAPI envelope.</summary>
public sealed class RouteErrorsTests
{
    [Theory]
    [InlineData("GET", "/uapi/nothing/here")]
    [InlineData("GET", "/uapi/phoneCalls")]
    [InlineData("GET", "/uapi/phoneCalls/@me")]
    [InlineData("GET", "/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f/extra")]
    [InlineData("POST", "/uapi/extensions/@me/0003*210/phoneCallEvents/0/x/extra")]
    [InlineData("GET", "/uapi/cdr/stats/12")]
    [InlineData("GET", "/uapi")]
    public async Task Unknown_route_under_uapi_is_not_found(string method, string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.SendPathAsync(new HttpMethod(method), path);

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.NotFound, "not_found");
        message.Should().Contain(method).And.Contain(path);
    }

    [Fact]
    public async Task Unknown_route_under_uapi_is_not_found_even_without_a_token()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();

        using HttpResponseMessage response = await anonymous.GetPathAsync("/uapi/nothing/here");

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("PATCH", "/uapi/phoneCalls/@me/0003*210")]
    [InlineData("PATCH", "/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f")]
    [InlineData("POST", "/uapi/phoneCalls/@me/0003*210")]
    [InlineData("POST", "/uapi/phoneCalls/@me/0003*210/c3e92a04ff422a7a0b9f")]
    public async Task Wrong_method_is_method_not_allowed(string method, string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.SendPathAsync(new HttpMethod(method), path, "{}");

        string message = await response.ShouldBeUapiErrorAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        message.Should().Contain(method);
    }

    [Fact]
    public async Task Get_on_the_create_route_is_not_a_500()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await client.GetPathAsync(UapiRequests.SimpleCallPath);

        ((int)response.StatusCode).Should().BeInRange(400, 499);
        UapiRequests.ShouldBeEnvelope(await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType);
    }
}
