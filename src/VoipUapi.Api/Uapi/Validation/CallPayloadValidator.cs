using FluentValidation;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Numbers;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>
/// Checks the form of a call-creating payload (simple call, conference invite): the extension, one view with
/// sources and destinations, caller ids and the nonce.
/// </summary>
public abstract class CallPayloadValidator<T> : AbstractValidator<T>
    where T : ICallPayload
{
    private const int MaxNumbers = PhoneCallPayloadValidator.MaxNumbers;
    private const int MaxNonceLength = 128;

    /// <param name="extensionKind">The type of extension the payload names, for the messages (<c>Phone Terminal</c>).</param>
    /// <param name="extended">An example of such an extension, extended (<c>0003*210</c>).</param>
    /// <param name="extensionShort">The same, short (<c>210</c>).</param>
    protected CallPayloadValidator(string extensionKind, string extended, string extensionShort)
    {
        string viewExample = $"\"phoneCallView\": [{{\"source\": [\"{extended}\"], \"destination\": [\"5354353\"]}}]";
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Extension)
            .Must(e => DialedNumber.Parse(e) is { Kind: not DialedNumberKind.Public })
            .When(p => p.Extension is not null)
            .WithErrorCode(ExtensionInvalid)
            .WithMessage(p => $"'{p.Extension}' is not an extension number; send the number of a {extensionKind} extension, such as {extended} or {extensionShort} (@self is not allowed here).");

        RuleFor(p => p.PhoneCallView)
            .Must(views => views is [not null])
            .WithErrorCode(SourceInvalid)
            .WithMessage(p => p.PhoneCallView is null
                ? $"phoneCallView is missing; send one view: {viewExample}."
                : $"phoneCallView holds {p.PhoneCallView.Count} views; send exactly one: {viewExample}.");

        RuleFor(p => View(p).Source)
            .Must(BeNumbers)
            .WithName("source")
            .WithErrorCode(SourceInvalid)
            .WithMessage(p => $"{Describe(View(p).Source)}; send a list of 1 to {MaxNumbers} numbers, each {UapiErrors.NumberHint}.");

        RuleFor(p => View(p).Destination)
            .Must(BeNumbers)
            .WithName("destination")
            .WithErrorCode(DestinationInvalid)
            .WithMessage(p => $"{Describe(View(p).Destination)}; send a list of 1 to {MaxNumbers} numbers, each {UapiErrors.NumberHint}.");

        RuleFor(p => View(p).CallerId)
            .Must(BeCallerId)
            .WithName("callerId")
            .WithErrorCode(CallerIdInvalid)
            .WithMessage(p => $"'{View(p).CallerId}' is not a caller id; send a name and a number in angle brackets: {CallerId.Format}.");

        RuleFor(p => PhoneCallPayloadValidator.DestinationCallerIdText(View(p)))
            .Must(BeCallerId)
            .WithName("callerIdDestination")
            .WithErrorCode(CallerIdInvalid)
            .WithMessage(p => $"callerIdDestination '{PhoneCallPayloadValidator.DestinationCallerIdText(View(p))}' is not a caller id; send a name and a number in angle brackets: {CallerId.Format}.");

        RuleFor(p => View(p))
            .Must(v => v.CallerIdDestination is null || v.CallerDestination is null || v.CallerIdDestination == v.CallerDestination)
            .WithName("callerIdDestination")
            .WithErrorCode(CallerIdInvalid)
            .WithMessage("callerIdDestination and callerDestination name the same field and disagree; send only one of them.");

        RuleFor(p => p.Nonce ?? View(p).Nonce)
            .Must(n => n is null || (n.Length is > 0 and <= MaxNonceLength && n.All(c => c is > ' ' and <= '~')))
            .WithName("nonce")
            .WithErrorCode(NonceInvalid)
            .WithMessage($"send a string of 1 to {MaxNonceLength} visible ASCII characters without spaces, unique among live calls.");

        RuleFor(p => p)
            .Must(p => p.Nonce is null || View(p).Nonce is null || p.Nonce == View(p).Nonce)
            .WithName("nonce")
            .WithErrorCode(NonceInvalid)
            .WithMessage("the payload and its phoneCallView carry different nonces; send the nonce once.");
    }

    private static PhoneCallViewPayload View(T payload) => payload.PhoneCallView![0];

    private static bool BeNumbers(List<string>? numbers) =>
        numbers is { Count: > 0 and <= MaxNumbers } && numbers.TrueForAll(n => DialedNumber.Parse(n) is not null);

    private static bool BeCallerId(string? text) => text is null || CallerId.IsCallerId(text);

    private static string Describe(List<string>? numbers) => numbers switch
    {
        null => "it is missing",
        [] => "it is an empty list",
        { Count: > MaxNumbers } => $"it holds {numbers.Count} numbers",
        _ => $"'{numbers.First(n => DialedNumber.Parse(n) is null)}' is not a phone number",
    };
}
