using System.Net;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>
/// The parameters of one Enswitch request as the CGI layer sees them: every <c>key=value</c> pair of the query string
/// and of the form body, split on <c>;</c> or <c>&amp;</c>, with <c>+</c> and <c>%20</c> read as spaces. A key may
/// come more than once (in the query and the body, or twice in one); its values are kept in the order they came.
/// </summary>
public sealed class EnswitchParameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    public static EnswitchParameters Empty { get; } = new();

    public IEnumerable<string> Names => _values.Keys;

    /// <summary>The parameters of each text in turn: a query string without its <c>?</c>, or a form-encoded body.</summary>
    public static EnswitchParameters Parse(params string?[] texts)
    {
        var parameters = new EnswitchParameters();
        foreach (string? text in texts)
        {
            parameters.AddEncoded(text ?? string.Empty);
        }

        return parameters;
    }

    /// <summary>These parameters followed by <paramref name="pairs"/>, already decoded (a multipart body's fields).</summary>
    public EnswitchParameters With(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var parameters = new EnswitchParameters();
        foreach ((string key, List<string> values) in _values)
        {
            parameters._values[key] = [.. values];
        }

        foreach ((string key, string value) in pairs)
        {
            parameters.Add(key, value);
        }

        return parameters;
    }

    /// <summary>Every value sent for <paramref name="name"/>, empty ones included; none when it was not sent.</summary>
    public IReadOnlyList<string> ValuesOf(string name) => _values.TryGetValue(name, out List<string>? values) ? values : [];

    private void AddEncoded(string text)
    {
        foreach (string pair in text.Split([';', '&'], StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? pair : pair[..equals];
            string value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            Add(WebUtility.UrlDecode(key), WebUtility.UrlDecode(value));
        }
    }

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out List<string>? values))
        {
            values = [];
            _values[key] = values;
        }

        values.Add(value);
    }
}
