using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>Filters of <c>GET /emulator/calls</c>; each one left out matches every call.</summary>
public sealed class CallQuery
{
    /// <summary><c>live</c> or <c>ended</c>.</summary>
    [FromQuery(Name = "state")]
    public string? State { get; set; }

    /// <summary>A party of the call or its charged extension, as the API writes it (<c>0003*210</c>, <c>3235742879</c>).</summary>
    [FromQuery(Name = "number")]
    public string? Number { get; set; }

    /// <summary>Only calls published at or after this ISO-8601 time.</summary>
    [FromQuery(Name = "since")]
    public string? Since { get; set; }
}
