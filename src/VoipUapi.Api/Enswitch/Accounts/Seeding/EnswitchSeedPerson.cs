namespace VoipUapi.Api.Enswitch.Accounts.Seeding;

public sealed class EnswitchSeedPerson
{
    public int Id { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Forename { get; set; }

    public string? Surname { get; set; }

    public int Customer { get; set; }

    public int Role { get; set; }

    public string? Line { get; set; }
}
