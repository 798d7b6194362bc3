namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>An Enswitch function as its page describes it: its name, the privileges that allow it (any one), and the rate-plan feature it needs.</summary>
public sealed record EnswitchFunction(string Name, IReadOnlyList<EnswitchPrivilege> AllowedBy, EnswitchFeature? Feature = null);
