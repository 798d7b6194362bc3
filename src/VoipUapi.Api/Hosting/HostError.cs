namespace VoipUapi.Api.Hosting;

/// <summary>
/// An error outside any controller, for the error envelope of the request's path to answer: its kind, the status,
/// and a detail in neutral words that the envelope may use as it is or word in its own way.
/// </summary>
public sealed record HostError(HostErrorKind Kind, int Status, string Detail);
