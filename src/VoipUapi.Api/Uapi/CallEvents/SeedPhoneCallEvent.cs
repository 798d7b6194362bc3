namespace VoipUapi.Api.Uapi.CallEvents;

/// <summary>A PhoneCallEvent of the seed's <c>dialects.unifiedapi.phoneCallEvents</c>, there from the start and again after every reset.</summary>
public sealed class SeedPhoneCallEvent
{
    /// <summary>The extended number of a Phone Terminal, Queue, Conference or IVR extension.</summary>
    public string? Extension { get; set; }

    public int Type { get; set; }

    public string? Id { get; set; }

    public string? Url { get; set; }

    /// <summary>0 GET (default), 1 POST.</summary>
    public int Method { get; set; }

    /// <summary>1 enabled (default), 0 disabled.</summary>
    public int Status { get; set; } = 1;

    public string? Note { get; set; }
}
