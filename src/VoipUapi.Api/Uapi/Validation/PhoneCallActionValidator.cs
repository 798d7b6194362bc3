using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>Checks the form of a phone call action; the call, its view and the target are checked against the network later.</summary>
public sealed class PhoneCallActionValidator : AbstractValidator<PhoneCallAction>
{
    public const string PickUp = "PickUp";

    /// <summary>The vendor's other actions: known, refused until the emulator does them.</summary>
    public static readonly string[] NotEmulated =
        ["OnHold", "OffHold", "StartRecording", "StopRecording", "BargeIn", "Park", "UnPark", "Whisper", "Monitor", "Transfer", "TransferToVoicemail"];

    public PhoneCallActionValidator(IOptions<TelephonyOptions> options)
    {
        TelephonyOptions limits = options.Value;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.Action)
            .Must(IsPickUp)
            .WithErrorCode(ActionInvalid)
            .WithMessage(a => ActionRefused(a.Action));

        RuleFor(a => a.SendCallTo)
            .Must(to => DialedNumber.Parse(to) is { Kind: not DialedNumberKind.Public })
            .WithErrorCode(SendCallToInvalid)
            .WithMessage(a => a.SendCallTo is null
                ? "sendCallTo is missing; send the Phone Terminal extension that picks the call up, such as \"sendCallTo\": \"0003*024\"."
                : $"'{a.SendCallTo}' is not an extension number; send a Phone Terminal extension of the organization, such as 0003*024 or 024.");

        RuleFor(a => a.CallerId)
            .Must(text => CallerId.TryParse(text, out _))
            .When(a => a.CallerId is not null)
            .WithErrorCode(CallerIdInvalid)
            .WithMessage(a => $"'{a.CallerId}' is not a caller id; send a name and a number in angle brackets: {CallerId.Format}.");

        RuleFor(a => a.WaitForPickup)
            .Must(v => QueryValues.TryParseWholeNumber(v, 1, limits.MaxWaitForPickupSeconds, out _))
            .When(a => a.WaitForPickup is not null)
            .WithErrorCode(TimeoutInvalid)
            .WithMessage(a => $"'{a.WaitForPickup}' is not a whole number of seconds from 1 to {limits.MaxWaitForPickupSeconds}; send for example \"waitForPickup\": \"20\".");

        RuleFor(a => a.PhoneCallViewId)
            .Must(id => id is { Length: > 0 and <= 4 } && id.All(char.IsAsciiDigit))
            .WithErrorCode(PhoneCallViewInvalid)
            .WithMessage(a => a.PhoneCallViewId is null
                ? "phoneCallViewId is missing; send the id of the view the call rings on, such as \"phoneCallViewId\": \"01\" (GET the call to see its views)."
                : $"'{a.PhoneCallViewId}' is not a view id; send the id of a view of the call, such as \"01\".");
    }

    private static bool IsPickUp(string? action) => string.Equals(action, PickUp, StringComparison.OrdinalIgnoreCase);

    private static string ActionRefused(string? action)
    {
        if (action is null)
        {
            return "action is missing; send \"action\": \"PickUp\", the action the emulator does.";
        }

        string? known = NotEmulated.FirstOrDefault(name => string.Equals(name, action, StringComparison.OrdinalIgnoreCase));
        return known is not null
            ? $"{known} is a vendor action the emulator does not emulate yet; only PickUp is (docs/api-coverage.md)."
            : $"'{action}' is not an action; send \"action\": \"PickUp\" (the vendor's others, such as OnHold or Park, are not emulated yet).";
    }
}
