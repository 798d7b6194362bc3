namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Bayeux channel names and subscription patterns (<c>/a/b</c>, <c>/a/*</c> one segment, <c>/a/**</c> any depth).</summary>
public static class BayeuxChannel
{
    public const string Handshake = "/meta/handshake";
    public const string Connect = "/meta/connect";
    public const string Subscribe = "/meta/subscribe";
    public const string Unsubscribe = "/meta/unsubscribe";
    public const string Disconnect = "/meta/disconnect";

    /// <summary>The channels this server publishes on (Genesys GWS §6), which a subscription must match at least one of.</summary>
    public static readonly IReadOnlyList<string> Published = ["/v2/me/calls", "/v2/me/devices", "/v2/me/channels", "/notifications/services"];

    /// <summary>What a refused subscription is told to send instead.</summary>
    public const string Offered = "/v2/me/calls, /v2/me/devices, /v2/me/channels, /v2/me/*, /v2/me/** or /**";

    public static bool IsMeta(string channel) => channel.StartsWith("/meta/", StringComparison.Ordinal);

    public static bool IsService(string channel) => channel.StartsWith("/service/", StringComparison.Ordinal);

    /// <summary>Null when <paramref name="pattern"/> is a well-formed channel or pattern; else what is wrong with it.</summary>
    public static string? SyntaxProblem(string pattern)
    {
        if (pattern.Length < 2 || pattern[0] != '/')
        {
            return "a channel starts with / and names at least one segment";
        }

        string[] segments = pattern[1..].Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            bool last = i == segments.Length - 1;
            if (segment.Length == 0 || string.IsNullOrWhiteSpace(segment))
            {
                return "a channel has no empty or blank segment";
            }

            if (segment.Contains('*', StringComparison.Ordinal) && !(last && segment is "*" or "**"))
            {
                return "a wildcard (* or **) is only the whole last segment";
            }
        }

        return null;
    }

    /// <summary>True when the subscription <paramref name="pattern"/> covers <paramref name="channel"/>.</summary>
    public static bool Matches(string pattern, string channel)
    {
        if (pattern.EndsWith("/**", StringComparison.Ordinal))
        {
            string parent = pattern[..^2];
            return channel.StartsWith(parent, StringComparison.Ordinal) && channel.Length > parent.Length;
        }

        if (pattern.EndsWith("/*", StringComparison.Ordinal))
        {
            string parent = pattern[..^1];
            return channel.StartsWith(parent, StringComparison.Ordinal) && channel.Length > parent.Length
                && !channel.AsSpan(parent.Length).Contains('/');
        }

        return string.Equals(pattern, channel, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="pattern"/> covers a channel this server publishes on.</summary>
    public static bool CoversPublished(string pattern) => Published.Any(channel => Matches(pattern, channel));
}
