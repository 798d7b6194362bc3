namespace VoipUapi.Api.Uapi;

/// <summary>
/// A UnifiedAPI request's query parameters as sent: every public property is a <c>string?</c> named like its
/// parameter, bound by <see cref="UapiQueryModelBinder{TQuery}"/>; the validator checks and reads them.
/// </summary>
public interface IUapiQuery;
