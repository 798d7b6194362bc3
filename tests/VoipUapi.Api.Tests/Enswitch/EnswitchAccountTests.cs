using System.Text.Json;
using VoipUapi.Testing;
using static VoipUapi.Api.Tests.Enswitch.EnswitchRequests;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>The functions a client calls first: <c>user/login</c>, <c>customers/get</c>, <c>people/list</c>, <c>people/get</c>.</summary>
public sealed class EnswitchAccountTests
{
    private const string UserFields = """{"id":101,"username":"user","customer":3,"forename":"John","surname":"Doe","fullname":"John Doe","role":1,"role_name":"User","line":"0003*210"}""";

    [Fact]
    public async Task Login_answers_the_fields_of_the_authentication_user_without_its_password()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        EnswitchAnswer answer = await client.EnswitchGetAsync($"/api/json/user/login/?{User}");

        answer.Expect("200").GetRawText().Should().Be(UserFields);
        answer.Body.Should().NotContain("password");
        (await client.EnswitchGetAsync($"/api/json/user/login/?{User};token=1")).Refusal("400", "token");
    }

    [Fact]
    public async Task Customers_get_answers_the_own_customer_and_the_reseller_also_those_below_it()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/customers/get/?{User};id=3")).Expect("200").GetRawText().Should().Be(
            """{"id":3,"name":"Default Organization","parent":1,"rate_plan":1,"rate_plan_name":"Everything","conference_extension":"0003*211"}""");
        (await client.EnswitchGetAsync($"/api/json/customers/get/?{User};id=4")).Refusal("404", "id");
        (await client.EnswitchGetAsync($"/api/json/customers/get/?{User}")).Refusal("400", "id");
        (await client.EnswitchGetAsync($"/api/json/customers/get/?{User};email=a%40b.c")).Refusal("400", "email");
        (await client.EnswitchGetAsync($"/api/json/customers/get/?{Reseller};name=second+organization")).Expect("200").GetProperty("id").GetInt32().Should().Be(4);
    }

    [Fact]
    public async Task People_list_answers_the_people_of_a_customer_sorted_paged_or_counted()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        string[] Usernames(JsonElement people) => [.. people.EnumerateArray().Select(p => p.GetProperty("username").GetString()!)];
        Usernames((await client.EnswitchGetAsync($"/api/json/people/list/?{User}")).Expect("200")).Should().Equal("operator", "user");
        Usernames((await client.EnswitchGetAsync($"/api/json/people/list/?{User};sort=surname;descending=1")).Expect("200")).Should().Equal("operator", "user");
        Usernames((await client.EnswitchGetAsync($"/api/json/people/list/?{User};sort=forename;limit=1;offset=1")).Expect("200")).Should().Equal("user");
        (await client.EnswitchGetAsync($"/api/json/people/list/?{User};count=1")).Expect("200").GetRawText().Should().Be("""{"count":2}""");
        (await client.EnswitchGetAsync($"/api/json/people/list/?{User};customer=4")).Refusal("400", "customer");
        (await client.EnswitchGetAsync($"/api/json/people/list/?{User};sort=age")).Refusal("400", "sort");
        Usernames((await client.EnswitchGetAsync($"/api/json/people/list/?{Reseller};customer=4")).Expect("200")).Should().Equal("basic");
    }

    [Fact]
    public async Task People_get_finds_a_person_by_id_or_username_within_what_the_caller_may_see()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        (await client.EnswitchGetAsync($"/api/json/people/get/?{User};id=101")).Expect("200").GetRawText().Should().Be(UserFields);
        (await client.EnswitchGetAsync($"/api/json/people/get/?{User};username=OPERATOR")).Expect("200").GetProperty("id").GetInt32().Should().Be(102);
        (await client.EnswitchGetAsync($"/api/json/people/get/?{User};id=104")).Refusal("404", "id");
        (await client.EnswitchGetAsync($"/api/json/people/get/?{User}")).Refusal("400", "id");
        (await client.EnswitchGetAsync($"/api/json/people/get/?{Reseller};username=basic")).Expect("200").GetProperty("customer").GetInt32().Should().Be(4);
    }
}
