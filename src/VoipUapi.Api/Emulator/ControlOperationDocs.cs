using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// The control API's examples in the OpenAPI document; each works as it is against a freshly started default seed,
/// whose call b817d2618fe6f1804333 rings 0003*210 while b817d2618fe6f1804db1 connects 0003*210 and 3235742879.
/// </summary>
public static class ControlOperationDocs
{
    private const string SeededTalkingCall = "b817d2618fe6f1804db1";

    public static readonly IReadOnlyDictionary<string, OperationDoc> All = new Dictionary<string, OperationDoc>
    {
        [Key("PUT", "clock")] = new(Body: """{"mode":"manual"}"""),
        [Key("POST", "clock/advance")] = new(Body: """{"seconds":25}"""),
        [Key("PUT", "ids")] = new(Body: """{"seed":42}"""),
        [Key("GET", "phones/{number}")] = Phone("0003*210"),
        [Key("PUT", "phones/{number}")] = Phone("0003*024") with { Body = """{"behaviour":"manual"}""" },
        [Key("DELETE", "phones/{number}")] = Phone("0003*024"),
        [Key("POST", "phones/{number}/answer")] = Phone("0003*210"),
        [Key("POST", "phones/{number}/reject")] = Phone("0003*210"),
        [Key("POST", "phones/{number}/hangup")] = Phone("3235742879"),
        [Key("POST", "phones/{number}/dtmf")] = Phone("3235742879") with { Body = """{"digits":"2233#"}""" },
        [Key("GET", "calls/{id}")] = Call(SeededTalkingCall),
        [Key("POST", "calls/{id}/hangup")] = Call(SeededTalkingCall),
        [Key("POST", "calls/inbound")] = new(Body: """{"from":"5551234","to":"0003*024","callerId":"Jane Caller <5551234>","waitForPickup":25}"""),
        [Key("GET", "conferences/{host}/{number}")] = new(Parameters: new Dictionary<string, string> { ["host"] = "0003*211", ["number"] = "3" }),
        [Key("GET", "genesys/agents/{userName}")] = new(Parameters: new Dictionary<string, string> { ["userName"] = "agent1" }),
        [Key("PUT", "genesys/agents/{userName}")] = new(Parameters: new Dictionary<string, string> { ["userName"] = "agent2" }, Body: """{"operations":"normal"}"""),
        [Key("GET", "events")] = new(
            Parameters: new Dictionary<string, string> { ["lastEventId"] = "0", ["follow"] = "false" },
            Answer: """
                : network events after 0

                id: 1
                event: callPublished
                data: {"sequence":1,"at":"2026-01-01T10:00:00Z","kind":"callPublished","callId":"0c105ab3e35a0235a718","phone":"0003*210","detail":null}

                : end of the retained events (follow=false)

                """),
    };

    private static string Key(string method, string route) => OperationDocsFilter.KeyOf(method, $"{EmulatorControlPaths.Prefix[1..]}/{route}");

    private static OperationDoc Phone(string number) => new(Parameters: new Dictionary<string, string> { ["number"] = number });

    private static OperationDoc Call(string id) => new(Parameters: new Dictionary<string, string> { ["id"] = id });
}
