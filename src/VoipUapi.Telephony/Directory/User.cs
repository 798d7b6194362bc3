namespace VoipUapi.Telephony.Directory;

/// <param name="CanSetCallerId">False for users whose calls must show the extension's own caller id.</param>
public sealed record User(int Id, int OrganizationId, string Name, bool CanSetCallerId);
