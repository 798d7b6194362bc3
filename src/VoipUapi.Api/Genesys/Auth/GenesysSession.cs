namespace VoipUapi.Api.Genesys.Auth;

/// <summary>An HTTP session: the <c>JSESSIONID</c> cookie's value, whose agent it is, and its CSRF token.</summary>
public sealed record GenesysSession(string Id, string AgentUserName, string CsrfToken);
