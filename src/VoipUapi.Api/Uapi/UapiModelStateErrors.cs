using Microsoft.AspNetCore.Mvc.ModelBinding;
using VoipUapi.Api.Validation;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi;

/// <summary>
/// Turns a body that could not be bound (not JSON, or a field of the wrong JSON type) into the UAPI error of the
/// field it broke on, so that <c>"source": {}</c> is a <c>pc_source_invalid</c> like any other bad source.
/// </summary>
public static class UapiModelStateErrors
{
    private static readonly (string Field, string Code)[] FieldCodes =
    [
        ("source", SourceInvalid),
        ("destination", DestinationInvalid),
        ("callerIdDestination", CallerIdInvalid),
        ("callerDestination", CallerIdInvalid),
        ("callerId", CallerIdInvalid),
        ("nonce", NonceInvalid),
        ("phoneCallView", SourceInvalid),
        ("extension", ExtensionInvalid),
        ("action", ActionInvalid),
        ("sendCallTo", SendCallToInvalid),
        ("waitForPickup", TimeoutInvalid),
        ("phoneCallViewId", PhoneCallViewInvalid),
        ("maxInParking", MaxInParkingInvalid),
        ("format", FormatInvalid),
        ("private", PrivateInvalid),
        ("transferFromNumber", TransferFromNumberInvalid),
        ("transferNumber", TransferNumberInvalid),
        ("type", EventTypeInvalid),
        ("id", EventIdInvalid),
        ("url", EventUrlInvalid),
        ("method", EventMethodInvalid),
        ("status", EventStatusInvalid),
        ("note", EventNoteInvalid),
    ];

    public static UapiError ErrorOf(ModelStateDictionary modelState)
    {
        (string key, ModelError error) = ModelStateErrors.Deepest(modelState);
        string message = error.ErrorMessage.Length > 0 ? error.ErrorMessage : "the request body could not be read; send a JSON object.";
        string field = LastSegment(key);
        foreach ((string name, string code) in FieldCodes)
        {
            if (string.Equals(field, name, StringComparison.OrdinalIgnoreCase))
            {
                return UapiErrors.For(code, message);
            }
        }

        return UapiErrors.For(RequestInvalid, message);
    }

    /// <summary>The field a model-state key ends with: <c>$.phoneCallView[0].source[1]</c> gives <c>source</c>.</summary>
    private static string LastSegment(string key)
    {
        string last = key[(key.LastIndexOf('.') + 1)..];
        int index = last.IndexOf('[', StringComparison.Ordinal);
        return index < 0 ? last : last[..index];
    }
}
