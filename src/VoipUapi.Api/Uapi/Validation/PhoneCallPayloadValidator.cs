namespace VoipUapi.Api.Uapi.Validation;

/// <summary>Checks the form of a simple call's payload; what the numbers refer to is checked against the directory later.</summary>
public sealed class PhoneCallPayloadValidator() : CallPayloadValidator<PhoneCallPayload>("Phone Terminal", "0003*210", "210")
{
    public const int MaxNumbers = 10;

    public static string? DestinationCallerIdText(PhoneCallViewPayload view) => view.CallerIdDestination ?? view.CallerDestination;
}
