namespace VoipUapi.Api.Uapi;

/// <summary>The UnifiedAPI error codes the emulator answers with; the inferred ones are listed in docs/decisions.</summary>
public static class UapiErrorCodes
{
    public const string AccessDenied = "access_denied";
    public const string UserInvalid = "user_invalid";
    public const string ExtensionInvalid = "extension_invalid";
    public const string DurationInvalid = "pc_duration_invalid";
    public const string SourceInvalid = "pc_source_invalid";
    public const string DestinationInvalid = "pc_destination_invalid";
    public const string TimeoutInvalid = "pc_timeout_invalid";
    public const string CallerIdInvalid = "pc_callerid_invalid";
    public const string TransferInvalid = "pc_transfer_invalid";
    public const string VideoInvalid = "pc_video_invalid";
    public const string NonceInvalid = "pc_nonce_invalid";
    public const string PhoneCallInvalid = "pc_phonecall_invalid";
    public const string PhoneNumberInvalid = "pc_phonenumber_invalid";
    public const string NumberInvalid = "pc_number_invalid";
    public const string PinInvalid = "pc_pin_invalid";
    public const string PhoneCallViewInvalid = "pc_phonecallview_invalid";
    public const string SendCallToInvalid = "pc_sendcallto_invalid";
    public const string ActionInvalid = "pc_action_invalid";
    public const string MaxInParkingInvalid = "pc_maxinparking_invalid";
    public const string FormatInvalid = "pc_format_invalid";
    public const string PrivateInvalid = "pc_private_invalid";
    public const string TransferFromNumberInvalid = "pc_transferfromnumber_invalid";
    public const string TransferNumberInvalid = "pc_transfernumber_invalid";
    public const string AgentInvalid = "qag_agent_invalid";
    public const string StatusInvalid = "status_invalid";
    public const string FaxRecipientsInvalid = "fx_recipients_invalid";
    public const string FaxFileInvalid = "fx_file_invalid";
    public const string FaxMaxFilesReached = "fx_max_files_reached";
    public const string CountInvalid = "count_invalid";
    public const string StartIndexInvalid = "startindex_invalid";
    public const string FilterByInvalid = "filterby_invalid";
    public const string FilterOpInvalid = "filterop_invalid";
    public const string FilterValueInvalid = "filtervalue_invalid";
    public const string SortOrderInvalid = "sortorder_invalid";
    public const string FieldsInvalid = "fields_invalid";
    public const string RequestInvalid = "request_invalid";
    public const string RequestTooLarge = "request_too_large";
    public const string NotFound = "not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string Internal = "internal_server_error";
}
