using Microsoft.Extensions.FileProviders;
using VoipUapi.Api.Emulator;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// The live dashboard at <c>/emulator/ui</c>: a page, a script and a style sheet embedded in the emulator's assembly
/// (no build step, no files beside the DLL), served as static files. The page reads the control API and its event
/// stream from the browser (docs/control-api.md#dashboard, docs/decisions/0016).
/// </summary>
public static class DashboardSetup
{
    private const string ResourceFolder = "VoipUapi.Api.Emulator.Dashboard";

    public static WebApplication UseEmulatorDashboard(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(DashboardSetup).Assembly, ResourceFolder);
        app.UseWhenFirstEntered(context => DashboardPaths.IsStaticFile(context.Request), dashboard =>
        {
            // /emulator/ui is sent on to /emulator/ui/ (query kept), so that the page's relative links resolve under it.
            dashboard.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = DashboardPaths.Prefix });
            dashboard.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                RequestPath = DashboardPaths.Prefix,
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
            });
        });
        app.MapGet("/", context =>
        {
            context.Response.Redirect(DashboardPaths.Prefix + "/");
            return Task.CompletedTask;
        }).ExcludeFromDescription();
        return app;
    }
}
