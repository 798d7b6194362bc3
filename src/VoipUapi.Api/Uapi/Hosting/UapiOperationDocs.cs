using VoipUapi.Api.Hosting;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Hosting;

/// <summary>
/// The UnifiedAPI's examples and error codes in the OpenAPI document. Every example works as it is against a freshly
/// started default seed (its calls in progress included); the codes are those each operation can answer with.
/// </summary>
public static class UapiOperationDocs
{
    private const string SeededTalkingCall = "b817d2618fe6f1804db1";
    private const string SeededRingingCall = "b817d2618fe6f1804333";
    private const string EventsPath = "uapi/extensions/{userId}/{extension}/phoneCallEvents";
    private const string SeededEvent = "SeededHangupEvent";

    private static readonly IReadOnlyList<string> Denied = [AccessDenied];
    private static readonly string[] PathCodes = [UserInvalid, ExtensionInvalid];
    private static readonly string[] ListCodes = [CountInvalid, StartIndexInvalid, FilterByInvalid, FilterOpInvalid, FilterValueInvalid, SortOrderInvalid, FieldsInvalid];
    private static readonly string[] ActionCodes =
    [
        ActionInvalid, PhoneCallViewInvalid, SendCallToInvalid, CallerIdInvalid, TimeoutInvalid, MaxInParkingInvalid, FormatInvalid, PrivateInvalid,
        TransferFromNumberInvalid, TransferNumberInvalid, RequestInvalid,
    ];

    private static readonly string[] EventCodes = [EventTypeInvalid, EventIdInvalid, EventUrlInvalid, EventMethodInvalid, EventStatusInvalid, EventNoteInvalid, RequestInvalid];
    private static readonly string[] EventListCodes = [CountInvalid, StartIndexInvalid, SortOrderInvalid, FieldsInvalid];
    private static readonly string[] CdrCodes =
    [
        UserInvalid, CdrStartDateInvalid, CdrEndDateInvalid, CdrSaveStartDateInvalid, CdrSaveEndDateInvalid, CdrDatesInvalid, CdrSourceInvalid,
        CdrDestinationInvalid, CdrFlowInvalid, CdrDispositionInvalid, CdrFilterByPublishedInvalid, CdrFilterByAnsweredInvalid, CdrFilterBySourceInvalid,
        CdrFilterByDestinationInvalid, CountInvalid, StartIndexInvalid, FilterByInvalid, FilterValueInvalid, SortOrderInvalid, FieldsInvalid,
    ];

    private static readonly string[] CallCodes =
        [ExtensionInvalid, UserInvalid, SourceInvalid, DestinationInvalid, CallerIdInvalid, TimeoutInvalid, DurationInvalid, NonceInvalid, RequestInvalid];

    public static readonly IReadOnlyDictionary<string, OperationDoc> All = new Dictionary<string, OperationDoc>
    {
        [OperationDocsFilter.KeyOf("POST", "oauth/token.php")] = new(
            Form: new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "uapi-user-app",
                ["client_secret"] = "uapi-user-secret",
                ["type"] = "unifiedapi",
            },
            ErrorCodes: Codes((400, ["invalid_request", "unsupported_grant_type"]), (401, ["invalid_client"]))),
        [OperationDocsFilter.KeyOf("POST", "uapi/phoneCalls/{userId}/simple")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me" },
            Body: """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["0003*00"],"callerId":"John Doe <4242425>"}]}""",
            ErrorCodes: Codes((400, [.. CallCodes, TransferInvalid, VideoInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("POST", "uapi/phoneCalls/{userId}/conferenceInvite")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["number"] = "3", ["pin"] = "2233" },
            Body: """{"extension":"211","phoneCallView":[{"source":["211"],"destination":["3235742879"],"callerId":"John Doe <3235742879>"}]}""",
            ErrorCodes: Codes((400, [.. CallCodes, NumberInvalid, PinInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("POST", "uapi/phoneCalls/{userId}/callback")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me" },
            Body: """{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["0003*00"],"callerId":"John Doe <4242425>"}]}""",
            ErrorCodes: Codes((400, [.. CallCodes, TransferInvalid, VideoInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/phoneCalls/{userId}/{extension}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            ErrorCodes: Codes((400, [.. PathCodes, .. ListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/phoneCalls/{userId}/{extension}/{phoneCallId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "0003*210", ["phoneCallId"] = SeededTalkingCall },
            ErrorCodes: Codes((400, [.. PathCodes, PhoneCallInvalid, .. ListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("DELETE", "uapi/phoneCalls/{userId}/{extension}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            ErrorCodes: Codes((400, [.. PathCodes, PhoneNumberInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("DELETE", "uapi/phoneCalls/{userId}/{extension}/{phoneCallId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "0003*210", ["phoneCallId"] = SeededTalkingCall },
            ErrorCodes: Codes((400, [.. PathCodes, PhoneCallInvalid, PhoneNumberInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("PUT", "uapi/phoneCalls/{userId}/{extension}/{phoneCallId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "0003*210", ["phoneCallId"] = SeededRingingCall },
            Body: """{"action":"PickUp","sendCallTo":"0003*024","callerId":"John Doe <42420042>","waitForPickup":"20","phoneCallViewId":"01"}""",
            ErrorCodes: Codes((400, [.. PathCodes, PhoneCallInvalid, .. ActionCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("PUT", "uapi/phoneCalls/{userId}/{extension}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            Body: """{"action":"OnHold"}""",
            ErrorCodes: Codes((400, [.. PathCodes, .. ActionCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("POST", EventsPath)] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            Body: """{"type":"0","method":"0","note":"My phone call event is awesome","url":"http://127.0.0.1:8000/calls","status":"1"}""",
            ErrorCodes: Codes((400, [.. PathCodes, .. EventCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("POST", EventsPath + "/{eventType}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210", ["eventType"] = "2" },
            Body: """{"method":"1","url":"http://127.0.0.1:8000/hangup"}""",
            ErrorCodes: Codes((400, [.. PathCodes, .. EventCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", EventsPath)] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "211" },
            ErrorCodes: Codes((400, [.. PathCodes, .. EventListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", EventsPath + "/{eventType}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "211", ["eventType"] = "2" },
            ErrorCodes: Codes((400, [.. PathCodes, EventTypeInvalid, .. EventListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", EventsPath + "/{eventType}/{eventId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "211", ["eventType"] = "2", ["eventId"] = SeededEvent },
            ErrorCodes: Codes((400, [.. PathCodes, EventTypeInvalid, EventIdInvalid, .. EventListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("PUT", EventsPath + "/{eventType}/{eventId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "211", ["eventType"] = "2", ["eventId"] = SeededEvent },
            Body: """{"method":"1","note":"I want to use POST for my event"}""",
            ErrorCodes: Codes((400, [.. PathCodes, .. EventCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("DELETE", EventsPath + "/{eventType}/{eventId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "211", ["eventType"] = "2", ["eventId"] = SeededEvent },
            ErrorCodes: Codes((400, [.. PathCodes, EventTypeInvalid, EventIdInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/cdr")] = new(
            Parameters: new Dictionary<string, string> { ["disposition"] = "0" },
            ErrorCodes: Codes((400, CdrCodes), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/cdr/{userId}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "12", ["startDate"] = "2026-01-01T00:00:00Z", ["endDate"] = "2026-12-31T23:59:59Z", ["sortOrder"] = "descending" },
            ErrorCodes: Codes((400, CdrCodes), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/extensions/{userId}/{extension}/presence")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            ErrorCodes: Codes((400, [.. PathCodes, .. ListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/extensions/{userId}/{extension}/queue/agents")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "250" },
            ErrorCodes: Codes((400, [.. PathCodes, .. ListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("GET", "uapi/extensions/{userId}/{extension}/queue/agents/{agent}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "250", ["agent"] = "210" },
            ErrorCodes: Codes((400, [.. PathCodes, AgentInvalid, .. ListCodes]), (401, Denied))),
        [OperationDocsFilter.KeyOf("PUT", "uapi/extensions/{userId}/{extension}/queue/agents/{agent}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "250", ["agent"] = "210" },
            Body: """{"status":"2"}""",
            ErrorCodes: Codes((400, [.. PathCodes, AgentInvalid, StatusInvalid, RequestInvalid]), (401, Denied))),
        [OperationDocsFilter.KeyOf("POST", "uapi/faxes/{userId}/{extension}")] = new(
            Parameters: new Dictionary<string, string> { ["userId"] = "@me", ["extension"] = "210" },
            Multipart: new Dictionary<string, string> { ["files"] = "This is my fax", ["request"] = """{"recipients":["0003*024"]}""" },
            Files: new Dictionary<string, string> { ["files"] = "fax.txt" },
            ErrorCodes: Codes((400, [.. PathCodes, FaxFileInvalid, FaxMaxFilesReached, FaxRecipientsInvalid, RequestInvalid]), (401, Denied))),
    };

    private static Dictionary<int, IReadOnlyList<string>> Codes(params (int Status, IReadOnlyList<string> Codes)[] statuses) =>
        statuses.ToDictionary(status => status.Status, status => status.Codes);
}
