using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary>How a phone meets a call that rings it: <c>{"kind":"answer","answerAfterSeconds":3,"hangUpAfterSeconds":null,"digits":null}</c>.</summary>
/// <param name="Kind"><c>answer</c>, <c>manual</c>, <c>busy</c>, <c>noAnswer</c>, <c>reject</c> or <c>unreachable</c>.</param>
/// <param name="AnswerAfterSeconds">For <c>answer</c>: seconds of ringing before it answers.</param>
/// <param name="HangUpAfterSeconds">Seconds after answering at which it hangs up by itself; null: it stays.</param>
/// <param name="Digits">DTMF it sends when a call asks for input.</param>
public sealed record PhoneBehaviourResource(
    string Kind,
    double AnswerAfterSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? HangUpAfterSeconds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Digits);
