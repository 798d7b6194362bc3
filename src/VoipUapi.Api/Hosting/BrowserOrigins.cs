namespace VoipUapi.Api.Hosting;

/// <summary>
/// The web origins whose pages may call the emulator from a browser (CORS), read from <c>Emulator:CorsOrigins</c>:
/// <c>loopback</c> (the default: any port of localhost, 127.0.0.1 and [::1]), <c>*</c> (any origin), <c>none</c>, or a
/// list of origins such as <c>http://localhost:3000,https://crm.test</c>, which may hold <c>loopback</c> too.
/// </summary>
public sealed class BrowserOrigins
{
    public const string Key = $"{EmulatorOptions.Section}:CorsOrigins";

    public const string Loopback = "loopback";

    public const string Any = "*";

    public const string None = "none";

    private readonly bool _loopback;
    private readonly HashSet<string> _origins;

    private BrowserOrigins(bool any, bool loopback, HashSet<string> origins)
    {
        AllowsAny = any;
        _loopback = loopback;
        _origins = origins;
    }

    /// <summary>True when any origin may call.</summary>
    public bool AllowsAny { get; }

    /// <summary>True when no origin may call: no CORS headers at all, as a server without CORS.</summary>
    public bool AllowsNone => !AllowsAny && !_loopback && _origins.Count == 0;

    /// <summary>The setting read; a value that names no origin stops the start with a message saying what to give.</summary>
    public static BrowserOrigins Parse(string? setting)
    {
        string[] items = (setting ?? Loopback).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0 || items is [var only] && string.Equals(only, None, StringComparison.OrdinalIgnoreCase))
        {
            return new BrowserOrigins(any: false, loopback: false, []);
        }

        bool any = false;
        bool loopback = false;
        HashSet<string> origins = new(StringComparer.OrdinalIgnoreCase);
        foreach (string item in items)
        {
            if (item == Any)
            {
                any = true;
            }
            else if (string.Equals(item, Loopback, StringComparison.OrdinalIgnoreCase))
            {
                loopback = true;
            }
            else if (OriginOf(item) is { } origin)
            {
                origins.Add(origin);
            }
            else
            {
                throw new StartupException(
                    $"{Key} (--cors-origins) holds '{item}', which is no web origin; give {Loopback} (the default), {Any}, {None}, "
                    + "or origins such as http://localhost:3000,https://crm.test (scheme, host and port, no path), separated by commas.");
            }
        }

        return new BrowserOrigins(any, loopback, origins);
    }

    /// <summary>True when a page of <paramref name="origin"/> (the request's <c>Origin</c> header) may call.</summary>
    public bool Allows(string origin)
    {
        if (AllowsAny || _origins.Contains(origin.TrimEnd('/')))
        {
            return true;
        }

        return _loopback && Uri.TryCreate(origin, UriKind.Absolute, out Uri? uri) && IsWeb(uri) && uri.IsLoopback;
    }

    /// <summary><paramref name="text"/> as an origin (<c>scheme://host[:port]</c>), or null when it is none.</summary>
    private static string? OriginOf(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && IsWeb(uri) && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? text.TrimEnd('/')
            : null;

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;
}
