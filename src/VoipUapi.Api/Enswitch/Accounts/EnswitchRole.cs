namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>A role of the seed: the privileges of the people who have it.</summary>
public sealed record EnswitchRole(int Id, string Name, IReadOnlySet<EnswitchPrivilege> Privileges);
