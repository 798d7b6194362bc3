namespace VoipUapi.Api.Hosting;

/// <summary>What went wrong with a request outside any controller.</summary>
public enum HostErrorKind
{
    /// <summary>No route serves the path (404).</summary>
    NoRoute,

    /// <summary>A route serves the path, but not with this method (405).</summary>
    MethodNotAllowed,

    /// <summary>The body is over a limit: a dialect's or Kestrel's (413).</summary>
    BodyTooLarge,

    /// <summary>The request could not be read as HTTP (400).</summary>
    UnreadableRequest,

    /// <summary>The emulator failed (500); its log names the error.</summary>
    Fault,

    /// <summary>Any other status a middleware answered without a body.</summary>
    OtherStatus,
}
