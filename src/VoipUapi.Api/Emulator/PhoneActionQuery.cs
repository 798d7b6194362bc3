using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Emulator;

/// <summary>The query of an action for a phone: which of its calls to act on.</summary>
public sealed class PhoneActionQuery
{
    /// <summary>The call to act on, one of those <c>GET /emulator/phones/{number}</c> lists; left out, the only call the action fits.</summary>
    [FromQuery(Name = "callId")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? CallId { get; set; }
}
