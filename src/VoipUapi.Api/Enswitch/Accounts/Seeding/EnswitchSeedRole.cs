namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

public sealed class EnswitchSeedRole
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public List<string> Privileges { get; set; } = [];
}
