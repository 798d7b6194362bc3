namespace VoipUapi.Api.Enswitch.Swagger;

/// <summary>The fields <c>conferences/create</c> and <c>conferences/update</c> share, after <c>code</c> (create's defaults; update keeps the current value).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EnswitchConferenceFieldsAttribute : Attribute, IEnswitchParameterSource
{
    public IEnumerable<EnswitchParameterAttribute> Parameters { get; } =
    [
        new("adminpin", "PIN to enter as administrator. At least one PIN must be set; no two PINs may be identical."),
        new("talkpin", "PIN to enter as talker.") { Example = "234567" },
        new("listenpin", "PIN to enter as listener."),
        new("callerid", "Callerid to send on notification calls: a number, or Name <number>."),
        new("count", "Number of recurring conferences, 1 to 1000 (more than 1 needs repeats).") { Type = "integer" },
        new("description", "Description."),
        new("duration", "Duration of conference in minutes. 0 for no limit.") { Type = "integer" },
        new("maximum", "Maximum number of people in conference. 0 for no limit.") { Type = "integer" },
        new("owner", "ID of owner (a person of the customer). 0 for none.") { Type = "integer" },
        new("panel", "1 to show in control panel, 0 not to.") { Type = "integer" },
        new("play_join", "1 to play tone when new person joins, 0 not to.") { Type = "integer" },
        new("play_music", "1 to play music to first caller, 0 not to.") { Type = "integer" },
        new("record_name", "1 to ask callers to record their names, 0 not to.") { Type = "integer" },
        new("repeats", "daily, weekly, 2_weekly, monthly or 2_monthly; empty for does not repeat."),
        new("wait_music", "1 to play music to all callers until an administrator joins, 0 not to.") { Type = "integer" },
        new("year", "Year of first conference (UTC); 0 for no date.") { Type = "integer" },
        new("month", "Month of first conference, 1 to 12.") { Type = "integer" },
        new("day", "Day of first conference, 1 to 31.") { Type = "integer" },
        new("hour", "Hour of first conference, 0 to 23.") { Type = "integer" },
        new("minute", "Minute of first conference, 0 to 59.") { Type = "integer" },
        new("validation", "1 to validate input then return (code 201), 0 for full action.") { Type = "integer" },
    ];
}
