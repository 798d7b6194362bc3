using System.Net;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Uapi.Cdr;

/// <summary>Bad CDR parameters: the vendor's envelope and code, with a message that says what to send.</summary>
public sealed class CdrRefusalTests
{
    [Theory]
    [InlineData("/uapi/cdr/@me?startDate=yesterday", "cdr_start_date_invalid")]
    [InlineData("/uapi/cdr/@me?endDate=2026-13-01", "cdr_end_date_invalid")]
    [InlineData("/uapi/cdr/@me?saveStartDate=x", "cdr_save_start_date_invalid")]
    [InlineData("/uapi/cdr/@me?saveEndDate=", "cdr_save_end_date_invalid")]
    [InlineData("/uapi/cdr/@me?startDate=2026-02-01T00:00:00Z&endDate=2026-01-01T00:00:00Z", "cdr_invalid_date_parameters")]
    [InlineData("/uapi/cdr/@me?saveStartDate=2026-02-01&saveEndDate=2026-01-01", "cdr_invalid_date_parameters")]
    [InlineData("/uapi/cdr/@me?source=abc", "cdr_source_invalid")]
    [InlineData("/uapi/cdr/@me?destination=12*", "cdr_destination_invalid")]
    [InlineData("/uapi/cdr/@me?flow=3", "cdr_flow_invalid")]
    [InlineData("/uapi/cdr/@me?disposition=6", "cdr_disposition_invalid")]
    [InlineData("/uapi/cdr/@me?filterBy=published&filterValue=soon", "cdr_invalid_filter_by_published")]
    [InlineData("/uapi/cdr/@me?filterBy=answered&filterValue=soon", "cdr_invalid_filter_by_answered")]
    [InlineData("/uapi/cdr/@me?filterBy=source&filterValue=x", "cdr_invalid_filter_by_source")]
    [InlineData("/uapi/cdr/@me?filterBy=destination&filterValue=x", "cdr_invalid_filter_by_destination")]
    [InlineData("/uapi/cdr/@me?filterBy=id&filterValue=1", "filterby_invalid")]
    [InlineData("/uapi/cdr/@me?filterValue=1", "filterby_invalid")]
    [InlineData("/uapi/cdr/@me?filterBy=source", "filtervalue_invalid")]
    [InlineData("/uapi/cdr/@me?count=5001", "count_invalid")]
    [InlineData("/uapi/cdr/@me?startIndex=-1", "startindex_invalid")]
    [InlineData("/uapi/cdr/@me?sortOrder=newest", "sortorder_invalid")]
    [InlineData("/uapi/cdr/@me?fields=links", "fields_invalid")]
    [InlineData("/uapi/cdr/%20", "user_invalid")]
    [InlineData("/uapi/cdr/@owner", "user_invalid")]
    [InlineData("/uapi/cdr/99", "user_invalid")]
    public async Task A_bad_parameter_is_refused_with_its_code(string path, string code)
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.User);

        using HttpResponseMessage refused = await client.GetPathAsync(path);

        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, code)).Should().MatchRegex("send|give");
    }

    [Fact]
    public async Task A_short_number_from_an_administrator_app_is_refused_naming_the_extended_form()
    {
        await using var emulator = new EmulatorFactory();
        using HttpClient client = await emulator.ClientForAsync(SeedApp.Administrator);

        using HttpResponseMessage refused = await client.GetPathAsync("/uapi/cdr/@me?source=210");

        (await refused.ShouldBeUapiErrorAsync(HttpStatusCode.BadRequest, "cdr_source_invalid")).Should().Contain("0003*210");
    }
}
