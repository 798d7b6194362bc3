using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using VoipUapi.Api.Tests.Support;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Faxes;

/// <summary>
/// POST /uapi/faxes/{userId}/{extension} as the vendor's example sends it (multipart: files and request parts): the fax
/// is a call to each recipient, listed with its outcome by GET /emulator/faxes; bad uploads name their part.
/// </summary>
public sealed class CreateFaxTests
{
    private const string Path = "/uapi/faxes/@me/210";

    [Fact]
    public async Task A_fax_is_sent_to_each_recipient_and_listed_with_its_file_and_outcomes()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Telephony:FaxTransmitSeconds", "20").With("Telephony:FaxContentKeptBytes", "4");
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        using var control = new JsonClient(emulator.ControlClient());

        using HttpResponseMessage created = await user.PostAsync(UapiRequests.Relative(Path), Upload("""{"recipients":["024","5550002",3235742879]}""", ("fax.txt", "This is my fax")));
        JsonElement sending = (await control.GetAsync("/emulator/faxes")).Expect(HttpStatusCode.OK);
        emulator.AdvanceSeconds(30);
        JsonElement done = (await control.GetAsync("/emulator/faxes")).Expect(HttpStatusCode.OK);

        created.StatusCode.Should().Be(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        JsonElement fax = await created.ReadJsonAsync();
        fax.GetProperty("id").GetInt32().Should().Be(1);
        fax.GetProperty("uid").GetString().Should().MatchRegex("^[0-9a-f]{32}$");
        fax.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()).Should().Equal("024", "5550002", "3235742879");
        sending.GetProperty("faxes")[0].GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("state").GetString())
            .Should().Equal("sending", "busy", "sending");
        JsonElement listed = done.GetProperty("faxes").EnumerateArray().Single();
        (listed.GetProperty("sender").GetString(), listed.GetProperty("uid").GetString()).Should().Be(("0003*210", fax.GetProperty("uid").GetString()));
        listed.GetProperty("files")[0].GetRawText().Should().Be("""{"fileName":"fax.txt","size":14,"contentType":"application/octet-stream","keptContent":"VGhpcw==","contentTruncated":true}""");
        listed.GetProperty("recipients").EnumerateArray().Select(r => $"{r.GetProperty("number").GetString()} {r.GetProperty("state").GetString()}")
            .Should().Equal("0003*024 sent", "5550002 busy", "3235742879 sent");
    }

    [Theory]
    [InlineData("""{"recipients":[]}""", "fax.txt", "fx_recipients_invalid", "at least one phone number")]
    [InlineData("""{"recipients":["0003*999"]}""", "fax.txt", "fx_recipients_invalid", "no extension 0003*999")]
    [InlineData("""{"recipients":["not a number"]}""", "fax.txt", "fx_recipients_invalid", "not a phone number")]
    [InlineData("""{"recipients":[""", "fax.txt", "fx_recipients_invalid", "not the JSON of a fax")]
    [InlineData("""{"recipients":["024"]}""", "fax.exe", "fx_file_invalid", "jpg, tif, pdf and txt")]
    [InlineData("""{"recipients":["024"]}""", "", "fx_file_invalid", "no filename")]
    public async Task A_bad_upload_is_refused_naming_its_part_and_sends_nothing(string request, string fileName, string code, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage response = await user.PostAsync(UapiRequests.Relative(Path), Upload(request, (fileName, "This is my fax")));

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().Contain(named);
        emulator.Network.Faxes.Should().BeEmpty();
        emulator.Network.LiveCalls.Should().BeEmpty();
    }

    [Fact]
    public async Task An_upload_without_a_file_too_big_a_file_or_too_many_files_is_refused()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Uapi:MaxFaxFileBytes", "10").With("Uapi:MaxFaxFiles", "2");
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        const string Request = """{"recipients":["024"]}""";

        using HttpResponseMessage noFile = await user.PostAsync(UapiRequests.Relative(Path), Upload(Request));
        using HttpResponseMessage tooBig = await user.PostAsync(UapiRequests.Relative(Path), Upload(Request, ("fax.txt", "eleven bytes")));
        using HttpResponseMessage empty = await user.PostAsync(UapiRequests.Relative(Path), Upload(Request, ("fax.txt", "")));
        using HttpResponseMessage tooMany = await user.PostAsync(UapiRequests.Relative(Path), Upload(Request, ("a.txt", "1"), ("b.pdf", "2"), ("c.tif", "3")));
        using HttpResponseMessage noRequest = await user.PostAsync(UapiRequests.Relative(Path), Upload(null, ("a.txt", "1")));

        (await noFile.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "fx_file_invalid")).Should().Contain("no file");
        (await tooBig.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "fx_file_invalid")).Should().Contain("Uapi:MaxFaxFileBytes");
        (await empty.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "fx_file_invalid")).Should().Contain("empty");
        (await tooMany.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "fx_max_files_reached")).Should().Contain("at most 2 files");
        (await noRequest.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "fx_recipients_invalid")).Should().Contain("no part named request");
        emulator.Network.Faxes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("application/json", """{"recipients":["024"]}""", "multipart/form-data")]
    [InlineData("multipart/form-data", "--x\r\n\r\n", "boundary")]
    [InlineData("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\nb", "could not be read")]
    public async Task A_body_that_is_no_multipart_upload_is_request_invalid(string contentType, string body, string named)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using HttpResponseMessage response = await user.PostAsync(UapiRequests.Relative(Path), content);

        (await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "request_invalid")).Should().Contain(named);
    }

    [Theory]
    [InlineData(SeedAppName.User20, "/uapi/faxes/12/0003*210", "user_invalid")]
    [InlineData(SeedAppName.User20, "/uapi/faxes/@me/0003*210", "extension_invalid")]
    [InlineData(SeedAppName.User, "/uapi/faxes/@me/@self", "extension_invalid")]
    [InlineData(SeedAppName.User, "/uapi/faxes/@me/250", "extension_invalid")]
    [InlineData(SeedAppName.User, "/uapi/faxes/@me/%20", "extension_invalid")]
    [InlineData(SeedAppName.Administrator, "/uapi/faxes/12/210", "extension_invalid")]
    public async Task The_sender_must_be_a_phone_terminal_the_app_may_use(SeedAppName app, string path, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(app == SeedAppName.User ? SeedApp.User : app == SeedAppName.User20 ? SeedApp.User20 : SeedApp.Administrator);

        using HttpResponseMessage response = await client.PostAsync(UapiRequests.Relative(path), Upload("""{"recipients":["3235742879"]}""", ("fax.txt", "x")));

        await response.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code);
        emulator.Network.Faxes.Should().BeEmpty();
    }

    [Fact]
    public async Task Without_a_token_no_fax_is_sent_and_faxes_cannot_be_read_over_the_unifiedapi()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient anonymous = emulator.CreateClient();
        using HttpClient user = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage denied = await anonymous.PostAsync(UapiRequests.Relative(Path), Upload("""{"recipients":["024"]}""", ("fax.txt", "x")));
        using HttpResponseMessage listed = await user.GetPathAsync(Path);

        await denied.ShouldBeUapiErrorAsync(HttpStatusCode.Unauthorized, "access_denied");
        await listed.ShouldBeUapiErrorAsync(HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        emulator.Network.Faxes.Should().BeEmpty();
    }

    public enum SeedAppName
    {
        User,
        User20,
        Administrator,
    }

    private static MultipartFormDataContent Upload(string? request, params (string Name, string Content)[] files)
    {
        var upload = new MultipartFormDataContent();
        foreach ((string name, string content) in files)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            if (name.Length == 0)
            {
                file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"" };
                upload.Add(file);
            }
            else
            {
                upload.Add(file, "files", name);
            }
        }

        if (request is not null)
        {
            upload.Add(new StringContent(request, Encoding.UTF8), "request");
        }

        return upload;
    }
}
