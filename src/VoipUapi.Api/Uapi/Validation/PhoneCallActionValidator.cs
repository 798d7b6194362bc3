using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Uapi.Actions;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>
/// Checks the form of a phone call action: the action, the fields it needs, and the form of every field sent. The
/// call, its view and the phones named are checked against the network later, as is what needs the path.
/// </summary>
public sealed class PhoneCallActionValidator : AbstractValidator<PhoneCallAction>
{
    public const int MinParkingSeconds = 10;
    public const int MaxParkingSeconds = 3600;
    public const string DefaultFormat = "wav";

    private static readonly string[] Formats = [DefaultFormat, "wav49"];

    public PhoneCallActionValidator(IOptions<TelephonyOptions> options)
    {
        TelephonyOptions limits = options.Value;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(a => a.Action)
            .Must(text => CallActions.Parse(text) is not null)
            .WithErrorCode(ActionInvalid)
            .WithMessage(a => a.Action is null
                ? $"action is missing; send one of {CallActions.Listed}."
                : $"'{a.Action}' is not an action; send one of {CallActions.Listed}.");

        RuleFor(a => a.SendCallTo)
            .NotNull()
            .When(a => CallActions.RingsAPhone(Kind(a)))
            .WithErrorCode(SendCallToInvalid)
            .WithMessage(a => $"sendCallTo is missing; {Kind(a)} rings the phone it names: send {Targets(Kind(a))}, such as \"sendCallTo\": \"0003*024\".");

        RuleFor(a => a.SendCallTo)
            .Must((a, to) => DialedNumber.Parse(to) is { } number && (Kind(a) == CallAction.Transfer || number.Kind != DialedNumberKind.Public))
            .When(a => a.SendCallTo is not null)
            .WithErrorCode(SendCallToInvalid)
            .WithMessage(a => $"'{a.SendCallTo}' is not {(Kind(a) == CallAction.Transfer ? "a phone number" : "an extension number")}; send {Targets(Kind(a))}.");

        RuleFor(a => a.TransferFromNumber)
            .NotNull()
            .When(a => Kind(a) == CallAction.Transfer)
            .WithErrorCode(TransferFromNumberInvalid)
            .WithMessage("transferFromNumber is missing; send the party that transfers the call and leaves it, such as \"transferFromNumber\": \"0003*024\".");

        RuleFor(a => a.TransferNumber)
            .NotNull()
            .When(a => Kind(a) == CallAction.TransferToVoicemail)
            .WithErrorCode(TransferNumberInvalid)
            .WithMessage("transferNumber is missing; send the party to put through to voicemail, such as \"transferNumber\": \"3334444\".");

        RuleFor(a => a.TransferFromNumber)
            .Must(BeAPhoneNumber)
            .When(a => a.TransferFromNumber is not null)
            .WithErrorCode(TransferFromNumberInvalid)
            .WithMessage(a => $"'{a.TransferFromNumber}' is not a phone number; send a party of the call, {UapiErrors.NumberHint}.");

        RuleFor(a => a.TransferNumber)
            .Must(BeAPhoneNumber)
            .When(a => a.TransferNumber is not null)
            .WithErrorCode(TransferNumberInvalid)
            .WithMessage(a => $"'{a.TransferNumber}' is not a phone number; send a party of the call, {UapiErrors.NumberHint}.");

        RuleFor(a => a.CallerId)
            .Must(CallerId.IsCallerId)
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
            .When(a => a.PhoneCallViewId is not null)
            .WithErrorCode(PhoneCallViewInvalid)
            .WithMessage(a => $"'{a.PhoneCallViewId}' is not a view id; send the id of a view of the call, such as \"01\" (GET the call to see its views).");

        RuleFor(a => a.MaxInParking)
            .Must(v => QueryValues.TryParseWholeNumber(v, MinParkingSeconds, MaxParkingSeconds, out _))
            .When(a => a.MaxInParking is not null)
            .WithErrorCode(MaxInParkingInvalid)
            .WithMessage(a => $"'{a.MaxInParking}' is not a whole number of seconds from {MinParkingSeconds} to {MaxParkingSeconds}; send for example \"maxInParking\": \"30\", or leave it out for {limits.DefaultMaxInParkingSeconds}.");

        RuleFor(a => a.Format)
            .Must(format => Formats.Contains(format, StringComparer.OrdinalIgnoreCase))
            .When(a => a.Format is not null)
            .WithErrorCode(FormatInvalid)
            .WithMessage(a => $"'{a.Format}' is not a recording format; send \"format\": \"wav\" or \"format\": \"wav49\", or leave it out for wav.");

        RuleFor(a => a.Private)
            .Must(QueryValues.IsFlag)
            .When(a => a.Private is not null)
            .WithErrorCode(PrivateInvalid)
            .WithMessage(a => $"'{a.Private}' is not 0 or 1; send \"private\": 0 for a whisperer that hears the call, 1 for one that does not.");
    }

    /// <summary>The action of a body whose <c>action</c> rule passed (the rules after it run only then).</summary>
    private static CallAction Kind(PhoneCallAction action) => CallActions.Parse(action.Action) ?? CallAction.PickUp;

    private static bool BeAPhoneNumber(string? text) => DialedNumber.Parse(text) is not null;

    private static string Targets(CallAction action) => action switch
    {
        CallAction.Transfer => "an extension (0003*024, 024) or, for a call created with allowPublicTransfer=true, a public number (3334444)",
        CallAction.TransferToVoicemail => "the Phone Terminal extension whose voicemail takes the message (0003*024, 024), or leave it out for the view's own",
        _ => "a Phone Terminal extension of the organization (0003*024 or 024)",
    };
}
