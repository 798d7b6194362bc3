using System.Text.Json;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>The Swagger document describes every Enswitch function, GET and POST, with its real parameters and no OAuth requirement.</summary>
public sealed class EnswitchOpenApiTests
{
    [Theory]
    [InlineData("/api/json/conferences/create", "code,customer,adminpin,talkpin,listenpin,callerid,count,description,duration,maximum,owner,panel,play_join,play_music,record_name,repeats,wait_music,year,month,day,hour,minute,validation")]
    [InlineData("/api/json/conferences/update", "id,code,adminpin,talkpin,listenpin,callerid,count,description,duration,maximum,owner,panel,play_join,play_music,record_name,repeats,wait_music,year,month,day,hour,minute,validation")]
    [InlineData("/api/json/conferences/get", "id,code")]
    [InlineData("/api/json/conferences/list", "customer")]
    [InlineData("/api/json/conferences/delete", "id")]
    [InlineData("/api/json/conferences/unused/code", "customer")]
    [InlineData("/api/json/conferences/notifications/create", "conference,code,type,destination,level,validation")]
    [InlineData("/api/json/calls/hangup", "callid,uniqueid")]
    [InlineData("/api/json/user/login", "token")]
    [InlineData("/api/json/people/get", "id,username")]
    public async Task Each_function_is_documented_for_get_and_post_with_its_parameters(string path, string parameters)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

        JsonElement item = document.RootElement.GetProperty("paths").GetProperty(path);
        foreach (string method in (string[])["get", "post"])
        {
            JsonElement operation = item.GetProperty(method);
            operation.GetProperty("security").GetArrayLength().Should().Be(0);
            JsonElement[] documented = [.. operation.GetProperty("parameters").EnumerateArray()];
            documented.Select(p => p.GetProperty("name").GetString()).Should().Equal(["auth_username", "auth_password", .. parameters.Split(',')]);
            documented.Should().OnlyContain(p => p.GetProperty("in").GetString() == "query");
            documented.Take(2).Should().OnlyContain(p => p.GetProperty("required").GetBoolean());
        }
    }

    [Fact]
    public async Task Seventeen_functions_are_documented_under_the_enswitch_tags()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = emulator.CreateClient();

        using JsonDocument document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));

        string[] paths = [.. document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/json/", StringComparison.Ordinal))];
        paths.Should().HaveCount(17);
        document.RootElement.GetProperty("paths").GetProperty("/api/json/calls/make").GetProperty("get").GetProperty("tags")
            .EnumerateArray().Select(t => t.GetString()).Should().Equal("Enswitch calls");
    }
}
