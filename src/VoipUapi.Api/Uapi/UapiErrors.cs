using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Builds UnifiedAPI errors: the vendor's wording for the code, then a detail that says what to send instead.
/// Validators give the code and the detail; <see cref="For"/> puts them together.
/// </summary>
public static class UapiErrors
{
    public const string NumberHint = "an extended number (0003*210), a short number (210) or a public number (5354353)";

    private static readonly Dictionary<string, (string Lead, int Status)> Wording = new(StringComparer.Ordinal)
    {
        [AccessDenied] = ("You are not authorized to use this request", StatusCodes.Status401Unauthorized),
        [UserInvalid] = ("Value supplied in userId is invalid", StatusCodes.Status400BadRequest),
        [ExtensionInvalid] = ("Value supplied in extension is missing or invalid", StatusCodes.Status400BadRequest),
        [DurationInvalid] = ("Value supplied in callDuration is missing or invalid", StatusCodes.Status400BadRequest),
        [SourceInvalid] = ("Value supplied in source is missing or invalid", StatusCodes.Status400BadRequest),
        [DestinationInvalid] = ("Value supplied in destination is missing or invalid", StatusCodes.Status400BadRequest),
        [TimeoutInvalid] = ("Value supplied in waitForPickup is missing or invalid", StatusCodes.Status400BadRequest),
        [CallerIdInvalid] = ("Value supplied in callerId is missing or invalid", StatusCodes.Status400BadRequest),
        [TransferInvalid] = ("Value supplied in allowPublicTransfer is missing or invalid", StatusCodes.Status400BadRequest),
        [VideoInvalid] = ("Value supplied in video is missing or invalid", StatusCodes.Status400BadRequest),
        [NonceInvalid] = ("Value supplied in nonce is missing or invalid", StatusCodes.Status400BadRequest),
        [PhoneCallInvalid] = ("Value supplied in phoneCallId is invalid", StatusCodes.Status400BadRequest),
        [PhoneNumberInvalid] = ("Value supplied in phoneNumber is invalid", StatusCodes.Status400BadRequest),
        [NumberInvalid] = ("Value supplied in number is missing or invalid", StatusCodes.Status400BadRequest),
        [PinInvalid] = ("Value supplied in pin is missing or invalid", StatusCodes.Status400BadRequest),
        [PhoneCallViewInvalid] = ("Value supplied in phoneCallViewId is missing or invalid", StatusCodes.Status400BadRequest),
        [SendCallToInvalid] = ("Value supplied in sendCallTo is missing or invalid", StatusCodes.Status400BadRequest),
        [ActionInvalid] = ("Value supplied in action is missing or invalid", StatusCodes.Status400BadRequest),
        [MaxInParkingInvalid] = ("Value supplied in maxInParking is invalid", StatusCodes.Status400BadRequest),
        [FormatInvalid] = ("Value supplied in format is invalid", StatusCodes.Status400BadRequest),
        [PrivateInvalid] = ("Value supplied in private is invalid", StatusCodes.Status400BadRequest),
        [TransferFromNumberInvalid] = ("Value supplied in transferFromNumber is missing or invalid", StatusCodes.Status400BadRequest),
        [TransferNumberInvalid] = ("Value supplied in transferNumber is missing or invalid", StatusCodes.Status400BadRequest),
        [EventTypeInvalid] = ("Value supplied in type parameter is missing or invalid", StatusCodes.Status400BadRequest),
        [EventIdInvalid] = ("Value supplied in id is missing or invalid", StatusCodes.Status400BadRequest),
        [EventUrlInvalid] = ("Value supplied in url is missing or invalid", StatusCodes.Status400BadRequest),
        [EventMethodInvalid] = ("Value supplied in method is invalid", StatusCodes.Status400BadRequest),
        [EventStatusInvalid] = ("Value supplied in status is invalid", StatusCodes.Status400BadRequest),
        [EventNoteInvalid] = ("Value supplied in note is invalid", StatusCodes.Status400BadRequest),
        [CdrStartDateInvalid] = ("The start date parameter is invalid. The format should be ISO 8601 YYYY-MM-DDThh:mm:ss", StatusCodes.Status400BadRequest),
        [CdrEndDateInvalid] = ("The end date parameter is invalid. The format should be ISO 8601 YYYY-MM-DDThh:mm:ss", StatusCodes.Status400BadRequest),
        [CdrSaveStartDateInvalid] = ("The save start date parameter is invalid. The format should be ISO 8601 YYYY-MM-DDThh:mm:ss", StatusCodes.Status400BadRequest),
        [CdrSaveEndDateInvalid] = ("The save end date parameter is invalid. The format should be ISO 8601 YYYY-MM-DDThh:mm:ss", StatusCodes.Status400BadRequest),
        [CdrDatesInvalid] = ("The start date parameter is greater than end date parameter", StatusCodes.Status400BadRequest),
        [CdrSourceInvalid] = ("The source parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrDestinationInvalid] = ("The destination parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrFlowInvalid] = ("The flow parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrDispositionInvalid] = ("The disposition parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrFilterByPublishedInvalid] = ("The filter by published date parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrFilterByAnsweredInvalid] = ("The filter by answered date parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrFilterBySourceInvalid] = ("The filter by source parameter is invalid", StatusCodes.Status400BadRequest),
        [CdrFilterByDestinationInvalid] = ("The filter by destination parameter is invalid", StatusCodes.Status400BadRequest),
        [AgentInvalid] = ("Value supplied in the URI-Fragment as agent is invalid", StatusCodes.Status400BadRequest),
        [StatusInvalid] = ("Value supplied in status is missing or invalid", StatusCodes.Status400BadRequest),
        [FaxRecipientsInvalid] = ("Value supplied in the Recipients parameter is missing or invalid", StatusCodes.Status400BadRequest),
        [FaxFileInvalid] = ("One of the files that must be sent as fax are invalid", StatusCodes.Status400BadRequest),
        [FaxMaxFilesReached] = ("Failed to send the fax because the number of files that can be sent was exceeded", StatusCodes.Status400BadRequest),
        [CountInvalid] = ("Value supplied in count is invalid", StatusCodes.Status400BadRequest),
        [StartIndexInvalid] = ("Value supplied in startIndex is invalid", StatusCodes.Status400BadRequest),
        [FilterByInvalid] = ("Value supplied in filterBy is invalid", StatusCodes.Status400BadRequest),
        [FilterOpInvalid] = ("Value supplied in filterOp is invalid", StatusCodes.Status400BadRequest),
        [FilterValueInvalid] = ("Value supplied in filterValue is invalid", StatusCodes.Status400BadRequest),
        [SortOrderInvalid] = ("Value supplied in sortOrder is invalid", StatusCodes.Status400BadRequest),
        [FieldsInvalid] = ("Value supplied in fields is invalid", StatusCodes.Status400BadRequest),
        [RequestInvalid] = ("The request is invalid", StatusCodes.Status400BadRequest),
        [RequestTooLarge] = ("The request body is too large", StatusCodes.Status413PayloadTooLarge),
        [NotFound] = ("No UnifiedAPI route matches the request", StatusCodes.Status404NotFound),
        [MethodNotAllowed] = ("The method is not allowed on this route", StatusCodes.Status405MethodNotAllowed),
        [Internal] = ("The emulator failed on this request", StatusCodes.Status500InternalServerError),
    };

    public static UapiError For(string code, string detail)
    {
        (string lead, int status) = Wording.TryGetValue(code, out var wording) ? wording : ("The request is invalid", StatusCodes.Status400BadRequest);
        return new UapiError(code, $"{lead}: {detail}", status);
    }

    public static UapiError CallerIdNotAllowed(string detail) => new(CallerIdInvalid, $"You are not allowed to set the callerid field: {detail}");
}
