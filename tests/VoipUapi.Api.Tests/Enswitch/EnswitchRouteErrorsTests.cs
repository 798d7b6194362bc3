using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>Under <c>/api/json</c> even what no function handles answers in the Enswitch envelope, and nothing a client sends yields a 500.</summary>
public sealed class EnswitchRouteErrorsTests
{
    [Theory]
    [InlineData("/api/json/conferences/destroy/")]
    [InlineData("/api/json/")]
    [InlineData("/api/json")]
    [InlineData("/api/json/conferences/create/extra/")]
    [InlineData("/api/json/conferences/notifications/")]
    public async Task An_unknown_function_answers_code_404_in_the_envelope(string path)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"{path}?{User}");

        answer.Refusal("404").Should().StartWith("there is no function");
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task A_method_other_than_get_and_post_answers_code_405(string method)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchSendAsync(new HttpMethod(method), $"/api/json/conferences/create/?{User};code=1;talkpin=1");

        answer.Refusal("405").Should().Be($"{method} is not accepted; send GET with the parameters in the query string, or POST with them in a form body.");
        emulator.Network.Conferences.All.Should().ContainSingle();
    }

    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.InternalServerError)]
    public async Task A_fault_is_code_500_with_the_correlation_id_and_no_detail_of_the_error(bool statusFromCode, HttpStatusCode status)
    {
        await using var emulator = new EmulatorFactory().With("Enswitch:HttpStatusFromCode", statusFromCode ? "true" : "false");
        using WebApplicationFactory<Program> faulting = emulator.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FaultingPathStartupFilter>()));
        using HttpClient client = faulting.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/{FaultingPathStartupFilter.Segment}");

        answer.Status.Should().Be(status);
        answer.Responses.Should().ContainSingle().Which.Code.Should().Be("500");
        answer.Responses[0].Message.Should().Contain("correlation id").And.NotContain("a fault for the test");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_the_setting_to_change()
    {
        await using var emulator = new EmulatorFactory().With("Enswitch:MaxRequestBodyBytes", "1024");
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchPostAsync("/api/json/user/login/", $"{User.Replace(';', '&')}&pad={new string('x', 2000)}");

        answer.Refusal("400").Should().Contain("Enswitch:MaxRequestBodyBytes");
    }

    [Fact]
    public async Task A_broken_multipart_body_is_refused_not_a_fault()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchPostAsync("/api/json/user/login/", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", "multipart/form-data; boundary=x");

        answer.Refusal("400").Should().StartWith("the form body could not be read");
    }

    private static readonly string[] Functions =
    [
        "conferences/create", "conferences/get", "conferences/list", "conferences/update", "conferences/delete", "conferences/unused/code",
        "conferences/notifications/create", "conferences/notifications/list", "conferences/notifications/delete",
        "calls/active/list", "calls/active/list/panel", "calls/hangup", "calls/make", "user/login", "customers/get", "people/list", "people/get",
    ];

    private static readonly string[] NastyParameters =
    [
        "", ";;;;", "=", "==;=&=", "%", "%zz=%zz", "%00=%00", "id=%00", "id=99999999999999999999", "id=-2147483648", "code=%E2%80%AE",
        "customer=%20", "customer=0", "conference=1e3", "code=1;code=2", "id=1&id=1", "year=2026;month=2;day=29", "uniqueid=.", "uniqueid=..1",
        "callid=%FF%FE", "snumber=*;cnumber=+", "snumber=0003*00;cnumber=0003*00", "snumber=%2B;cnumber=00000000000000000000000",
        "snumber=*00;cnumber=2125551234;delay=1", "destination=%40;type=email;level=talk;conference=1", "description=" + new string('d', 300),
        "repeats=daily;count=1000;year=9998;month=12;day=31;hour=23;minute=59;duration=525600;code=9;talkpin=9",
    ];

    [Fact]
    public async Task Nasty_parameters_never_get_a_500_or_an_answer_outside_the_envelope()
    {
        await using var emulator = new EmulatorFactory().WithSeedCalls();
        using HttpClient client = emulator.CreateClient();

        foreach (string function in Functions)
        {
            foreach (string nasty in NastyParameters)
            {
                foreach (string auth in (string[])[User, Reseller, Operator, Basic, "auth_username=%00;auth_password=%00"])
                {
                    EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/{function}/?{auth};{nasty}");
                    answer.Status.Should().Be(HttpStatusCode.OK, "{0} with {1} answered {2}", function, nasty, answer.Body);
                    answer.Responses.Should().NotBeEmpty().And.OnlyContain(r => r.Code != "500" && !r.Message.Contains("   at ", StringComparison.Ordinal), answer.Body);
                }
            }
        }

        EnswitchAnswer binary = await client.EnswitchSendAsync(HttpMethod.Post, $"/api/json/conferences/create/?{User}", new ByteArrayContent([0xFF, 0xFE, 0x00, 0x3D, 0x3B]));
        binary.Responses.Should().NotBeEmpty();
    }
}
