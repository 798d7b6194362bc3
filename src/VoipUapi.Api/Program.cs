using Serilog;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Seeding;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

try
{
    WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
    builder.Configuration.AddCommandLine(args, EmulatorOptions.CommandLineSwitches.ToDictionary());
    builder.AddEmulatorLogging();
    builder.Services.AddTelephonyNetwork(builder.Configuration);
    builder.Services.AddUapi(builder.Configuration);
    builder.Services.AddEmulatorSwagger();
    builder.AddRequestJournalEventsAndHttps();

    WebApplication app = builder.Build();
    app.UseRequestLogging();
    app.UseRequestJournal();
    app.UseVendorErrors();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseEmulatorSwagger();
    app.MapControllers();
    app.MapGet("/healthz", (TelephonyNetwork network) => Results.Text("ok")).WithTags("Emulator").WithSummary("200 once the network and its seed are loaded.");

    app.Services.GetRequiredService<TelephonyNetwork>();
    await app.RunAsync();
    return 0;
}
catch (SeedException error)
{
    await Console.Error.WriteLineAsync($"The emulator cannot start: {error.Message}");
    return 2;
}
