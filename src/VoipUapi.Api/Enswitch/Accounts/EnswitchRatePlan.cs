namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>A rate plan of the seed: the features of the customers on it.</summary>
public sealed record EnswitchRatePlan(int Id, string Name, IReadOnlySet<EnswitchFeature> Features);
