using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// <c>{"behaviour":"manual"}</c>, <c>{"behaviour":"answer","answerAfterSeconds":5,"hangUpAfterSeconds":30}</c>: how the
/// phone meets every call that rings it from now on (the fields of a seed phone rule); <c>{"registered":false}</c>
/// unregisters a Phone Terminal extension (alone, or beside a behaviour).
/// </summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class PhoneScript
{
    /// <summary><c>answer</c>, <c>manual</c>, <c>busy</c>, <c>noAnswer</c>, <c>reject</c> or <c>unreachable</c>.</summary>
    public string? Behaviour { get; set; }

    /// <summary>For <c>answer</c>: seconds of ringing before it answers, 0 to 86400 (default 0: at once).</summary>
    public double? AnswerAfterSeconds { get; set; }

    /// <summary>Seconds after answering at which it hangs up by itself, above 0 up to 604800; absent: it stays.</summary>
    public double? HangUpAfterSeconds { get; set; }

    /// <summary>For a Phone Terminal extension: false unregisters it (every call meets it as unreachable), true registers it again.</summary>
    public bool? Registered { get; set; }

    /// <summary>DTMF it sends when a call asks for input: 0-9, * and #.</summary>
    public string? Digits { get; set; }
}
