using FluentValidation;
using Microsoft.Extensions.Options;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator.Validation;

/// <summary>The form of an inbound call; whether <c>to</c> exists is the directory's to say (404).</summary>
public sealed class InboundCallRequestValidator : AbstractValidator<InboundCallRequest>
{
    public InboundCallRequestValidator(IOptions<TelephonyOptions> options)
    {
        int maxWait = options.Value.MaxWaitForPickupSeconds;
        int maxDuration = options.Value.MaxCallDurationSeconds;
        RuleFor(r => r.From)
            .NotNull()
            .WithMessage("from is missing; send the public number that calls, such as \"3235742879\" or \"+4930123456\".");
        RuleFor(r => r.From)
            .Must(from => DialedNumber.Parse(from) is { Kind: DialedNumberKind.Public })
            .When(r => r.From is not null)
            .WithMessage(r => $"from {EmulatorNames.Quoted(r.From)} is not a public number; send 4 to 20 digits, optionally after +, such as \"3235742879\" (inbound calls come from the public network).");
        RuleFor(r => r.To)
            .NotNull()
            .WithMessage("to is missing; send the extension that rings, with its organization code, such as \"0003*210\".");
        RuleFor(r => r.To)
            .Must(to => ExtensionNumber.TryParse(to!.Trim(), out _) || to.Trim() is { Length: > 3 and <= ExtensionNumber.MaxLocalDigits } digits && digits.All(char.IsAsciiDigit))
            .When(r => r.To is not null)
            .WithMessage(r => $"to {EmulatorNames.Quoted(r.To)} is not an extension number; send the extension that rings, with its organization code, such as \"0003*210\", or the number of a five-digit extension only one organization has, such as \"15000\".");
        RuleFor(r => r.CallerId)
            .Must(CallerId.IsCallerId)
            .When(r => r.CallerId is not null)
            .WithMessage(r => $"callerId {EmulatorNames.Quoted(r.CallerId)} is not a caller id; send Name <number>, such as \"{CallerId.Format}\", or leave it out to show <from>.");
        RuleFor(r => r.WaitForPickup)
            .Must(seconds => double.IsFinite(seconds!.Value) && seconds > 0 && seconds <= maxWait)
            .When(r => r.WaitForPickup is not null)
            .WithMessage(r => $"waitForPickup {r.WaitForPickup} is out of range; send seconds above 0 up to {maxWait} (Telephony:MaxWaitForPickupSeconds).");
        RuleFor(r => r.Digits)
            .Must(Dtmf.IsValid)
            .When(r => r.Digits is not null)
            .WithMessage(r => $"digits {EmulatorNames.Quoted(r.Digits)} are not DTMF; send 1 to {Dtmf.MaxLength} of 0-9, * and #, such as \"3#2233#\" (conference number, then PIN).");
        RuleFor(r => r.CallDuration)
            .Must(seconds => double.IsFinite(seconds!.Value) && seconds > 0 && seconds <= maxDuration)
            .When(r => r.CallDuration is not null)
            .WithMessage(r => $"callDuration {r.CallDuration} is out of range; send seconds above 0 up to {maxDuration} (Telephony:MaxCallDurationSeconds).");
    }
}
