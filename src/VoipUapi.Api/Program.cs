using Microsoft.AspNetCore.Mvc.Infrastructure;
using VoipUapi.Api.Enswitch;
using VoipUapi.Api.Genesys;
using VoipUapi.Api.Genesys.CometD;
using VoipUapi.Api.Hosting;
using VoipUapi.Api.Uapi.Hosting;
using VoipUapi.Telephony;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync(args);
}

StartupFailure.ReportOnExit();
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, EmulatorOptions.CommandLineSwitches.ToDictionary());
builder.AddEmulatorLogging();
builder.Services.AddTelephonyNetwork(builder.Configuration);
builder.Services.AddUapi(builder.Configuration);
builder.Services.AddEnswitch(builder.Configuration);
builder.Services.AddGenesys(builder.Configuration);
builder.Services.AddGenesysCometD(builder.Configuration);
builder.Services.AddEmulatorControl(builder.Configuration);
builder.Services.AddEmulatorSwagger();
builder.Services.ConfigureOptions<Utf8Answers>();
builder.Services.AddEmulatorCors(builder.Configuration);
builder.AddRequestJournalEventsAndHttps();

WebApplication app = builder.Build();
// The network and the dialects' stores are built from the seed, and MVC models the controllers, on other threads while
// the pipeline is put together; a bad seed still stops the start before the host listens (docs/decisions/0029).
Task starting = Task.Run(() => app.StartEmulator().StartEnswitch().StartGenesys());
Task modelling = Task.Run(() => app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors);
app.UseRequestLogging();
app.UseEmulatorCors();
app.UseRequestJournal();
app.UseVendorErrors();
app.UseEmulatorControl();
app.UseEmulatorDashboard();
app.UseEmulatorSwagger();
app.MapControllers();
app.MapGenesysNotifications();
app.MapGet("/healthz", (TelephonyNetwork network) => Results.Text("ok"))
    .WithTags("Emulator")
    .WithSummary("200 once the network and its seed are loaded.")
    .Produces<string>(StatusCodes.Status200OK, "text/plain");

await Task.WhenAll(starting, modelling);
await app.RunAsync();
return 0;
