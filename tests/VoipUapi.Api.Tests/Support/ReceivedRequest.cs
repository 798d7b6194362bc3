namespace VoipUapi.Api.Tests.Support;

/// <summary>A request a <see cref="WebhookReceiver"/> got: its method, path, query parameters and form fields.</summary>
public sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Form)
{
    /// <summary>The call-event parameters, wherever the method put them.</summary>
    public IReadOnlyDictionary<string, string> Parameters => Method == "POST" ? Form : Query;
}
