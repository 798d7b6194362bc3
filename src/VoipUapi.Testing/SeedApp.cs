namespace VoipUapi.Testing;

/// <summary>An OAuth app of the seed, by its client credentials.</summary>
public sealed record SeedApp(string ClientId, string ClientSecret)
{
    /// <summary>User account 12, John Doe (organization 3).</summary>
    public static readonly SeedApp User = new("uapi-user-app", "uapi-user-secret");

    /// <summary>Organization 3.</summary>
    public static readonly SeedApp Organization = new("uapi-org-app", "uapi-org-secret");

    public static readonly SeedApp Administrator = new("uapi-admin-app", "uapi-admin-secret");

    /// <summary>User account 20, Max Mustermann (organization 4).</summary>
    public static readonly SeedApp User20 = new("uapi-user20-app", "uapi-user20-secret");
}
