// The floor under the emulator's HTTP costs: the same builder and stack (MVC [ApiController] actions binding the
// same JSON body) with no work behind the actions, and the minimal-API equivalent. bench/floors.sh measures both
// beside bare Kestrel; docs/performance.md reads the numbers against issue 3's budget.
using VoipUapi.HttpFloor;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddControllers();

WebApplication app = builder.Build();
app.MapControllers();
app.MapPost("/minimal/phoneCalls/{userId}/simple", (string userId, FloorCallPayload payload) =>
    Results.Json(FloorAnswers.Created(userId, payload), statusCode: StatusCodes.Status202Accepted));
app.MapGet("/minimal/phoneCalls/{userId}/{extension}", (string userId, string extension) => Results.Json(FloorAnswers.Listed(userId, extension)));
app.MapGet("/healthz", () => "ok");
app.Run();
