using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary><c>auth_username</c>/<c>auth_password</c> on every call: 401, then the role (402) and the rate plan (403); secrets never kept.</summary>
public sealed class EnswitchAuthenticationTests
{
    private const string Create = "/api/json/conferences/create/?code=123456;talkpin=234567";

    [Theory]
    [InlineData("", "auth_username", "auth_username is missing")]
    [InlineData(";auth_username=;auth_password=password", "auth_username", "auth_username is missing")]
    [InlineData(";auth_username=nobody;auth_password=password", "auth_username", "no person has the username 'nobody'")]
    [InlineData(";auth_username=user", "auth_password", "auth_password is missing; send the password of user")]
    [InlineData(";auth_username=user;auth_password=Password", "auth_password", "auth_password is not the password of user")]
    [InlineData(";auth_username=user;auth_password=password%20", "auth_password", "auth_password is not the password of user")]
    [InlineData(";auth_username=user;auth_password=reseller-password", "auth_password", "auth_password is not the password of user")]
    public async Task Wrong_or_missing_authentication_details_answer_401_and_create_nothing(string auth, string key, string message)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"{Create}{auth}");

        answer.Refusal("401", key).Should().Contain(message);
        emulator.Network.Conferences.All.Should().ContainSingle();
    }

    [Fact]
    public async Task Usernames_are_matched_without_regard_to_case()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"{Create};auth_username=USER;auth_password=password")).Expect("200");
    }

    [Theory]
    [InlineData("/api/json/conferences/create/?code=1;talkpin=1")]
    [InlineData("/api/json/conferences/list/")]
    [InlineData("/api/json/user/login/")]
    [InlineData("/api/json/people/list/")]
    public async Task A_role_without_the_user_privilege_answers_402(string function)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"{function}{(function.Contains('?', StringComparison.Ordinal) ? ";" : "?")}{EnswitchRequests.Operator}");

        answer.Refusal("402").Should().StartWith("the role Operator of operator does not allow ").And.EndWith("it needs the user privilege; authenticate as a person whose role has it.");
    }

    [Fact]
    public async Task A_rate_plan_without_conferences_answers_403_even_for_valid_input()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"{Create};{EnswitchRequests.Basic}");

        answer.Refusal("403").Should().Be(
            "the rate plan Calls only of customer 4 does not allow conferences/create: it has no conferences feature; authenticate as a person of a customer whose plan has it.");
        emulator.Network.Conferences.All.Should().ContainSingle();
    }

    [Fact]
    public async Task The_same_person_with_its_rate_plan_may_still_make_calls()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/calls/make/?{EnswitchRequests.Basic};snumber=210;cnumber=2125551234")).Expect("204");
    }

    [Fact]
    public async Task With_http_status_from_code_the_status_is_the_first_code_and_204_stays_200()
    {
        await using var emulator = new EmulatorFactory().With("Enswitch:HttpStatusFromCode", "true");
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"{Create};auth_username=user;auth_password=wrong")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await client.EnswitchGetAsync($"{Create};{EnswitchRequests.Operator}")).Status.Should().Be((HttpStatusCode)402);
        (await client.EnswitchGetAsync($"/api/json/conferences/create/?{EnswitchRequests.User};code=x")).Status.Should().Be(HttpStatusCode.BadRequest);
        (await client.EnswitchGetAsync($"{Create};{EnswitchRequests.User};validation=1")).Status.Should().Be(HttpStatusCode.Created);
        (await client.EnswitchGetAsync($"{Create};{EnswitchRequests.User}")).Status.Should().Be(HttpStatusCode.OK);
        EnswitchAnswer done = await client.EnswitchGetAsync($"/api/json/conferences/delete/?{EnswitchRequests.User};id=2");
        done.Status.Should().Be(HttpStatusCode.OK);
        done.Code.Should().Be("204");
        (await client.EnswitchGetAsync("/api/json/no/such/function/")).Status.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_password_never_reaches_the_journal_in_a_query_or_a_form_body()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();
        await client.EnswitchGetAsync($"{Create};{EnswitchRequests.User}");
        await client.EnswitchPostAsync("/api/json/user/login/", "auth_username=user&auth_password=password");
        await client.EnswitchPostAsync("/api/json/user/login/?auth_password=password;auth_username=user", "x=1");

        string journal = await client.GetStringAsync(new Uri("/emulator/requests", UriKind.Relative));

        JsonElement[] requests = [.. JsonDocument.Parse(journal).RootElement.GetProperty("requests").EnumerateArray()];
        requests.Select(r => r.GetProperty("path").GetString()).Should().Equal("/api/json/user/login/", "/api/json/user/login/", "/api/json/conferences/create/");
        requests[0].GetProperty("query").GetString().Should().Be("auth_password=***;auth_username=user");
        requests[1].GetProperty("body").GetString().Should().Be("auth_username=user&auth_password=***");
        requests[2].GetProperty("query").GetString().Should().Be("code=123456;talkpin=234567;auth_username=user;auth_password=***");
        journal.Should().NotContain("password;").And.NotContain("=password");
    }

    [Fact]
    public async Task The_password_never_reaches_the_log()
    {
        var log = new CapturedLog();
        await using var emulator = new EmulatorFactory().With("Serilog:MinimumLevel:Default", "Information");
        using WebApplicationFactory<Program> logged = emulator.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(log)));
        using HttpClient client = logged.CreateClient();

        await client.EnswitchGetAsync("/api/json/user/login/?auth_username=user;auth_password=s3cr3t-guess");
        await client.EnswitchPostAsync("/api/json/user/login/", "auth_username=user&auth_password=password");

        (await log.RequestLinesAsync(2)).Should().OnlyContain(line => line.StartsWith("HTTP \"", StringComparison.Ordinal) && line.Contains("/api/json/user/login/", StringComparison.Ordinal));
        log.Rendered.Should().NotContain(line => line.Contains("s3cr3t-guess", StringComparison.Ordinal) || line.Contains("password", StringComparison.Ordinal));
    }
}
