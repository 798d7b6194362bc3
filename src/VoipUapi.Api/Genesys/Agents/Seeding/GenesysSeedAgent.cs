namespace VoipUapi.Api.Genesys.Agents.Seeding;

public sealed class GenesysSeedAgent
{
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>The agent's device: a Phone Terminal extension of the seed, in extended form (<c>0003*15000</c>).</summary>
    public string? Extension { get; set; }

    /// <summary>The device id in <c>/api/v2/me/devices/{id}</c>; a fresh GUID when left out.</summary>
    public string? DeviceId { get; set; }
}
