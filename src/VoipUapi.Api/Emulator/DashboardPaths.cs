namespace VoipUapi.Api.Emulator;

/// <summary>Where the dashboard's page and its static files are served.</summary>
public static class DashboardPaths
{
    /// <summary>The page, and under it its scripts and styles.</summary>
    public const string Prefix = EmulatorControlPaths.Prefix + "/ui";

    /// <summary>True for a GET or HEAD of the page or one of its files: the same for everyone, no network data in them.</summary>
    public static bool IsStaticFile(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path.StartsWithSegments(Prefix);
    }
}
