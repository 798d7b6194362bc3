using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using VoipUapi.Api.Uapi.CallEvents;
using static VoipUapi.Api.Uapi.UapiErrorCodes;

namespace VoipUapi.Api.Uapi.Validation;

/// <summary>Checks the form of a PhoneCallEvent body; whether its url's host is allowed, and what a create needs, the service checks.</summary>
public sealed class PhoneCallEventPayloadValidator : AbstractValidator<PhoneCallEventPayload>
{
    public const int MaxIdLength = 255;
    public const int MaxUrlLength = 2048;
    public const int MaxNoteLength = 1024;
    public const string TypeHint = "0 (Dial-In), 1 (Dial-Out), 2 (Hangup), 3 (Answer on an incoming call) or 4 (Answer on an outgoing call)";

    public PhoneCallEventPayloadValidator()
    {
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(p => p.Type)
            .Must(t => TryParseType(t, out _))
            .When(p => p.Type is not null)
            .WithErrorCode(EventTypeInvalid)
            .WithMessage(p => $"'{p.Type}' is not an event type; send {TypeHint}.");

        RuleFor(p => p.Id)
            .Must(IsEventId)
            .When(p => p.Id is not null)
            .WithErrorCode(EventIdInvalid)
            .WithMessage(p => $"'{p.Id}' is not an event id; send 1 to {MaxIdLength} letters and digits, or leave id out to have one generated.");

        RuleFor(p => p.Url)
            .Must(u => TryParseUrl(u, out _))
            .When(p => p.Url is not null)
            .WithErrorCode(EventUrlInvalid)
            .WithMessage(p => $"'{p.Url}' is not an absolute http or https URL of at most {MaxUrlLength} characters; send one such as http://127.0.0.1:8000/calls.");

        RuleFor(p => p.Method)
            .Must(m => m is "0" or "1")
            .When(p => p.Method is not null)
            .WithErrorCode(EventMethodInvalid)
            .WithMessage(p => $"'{p.Method}' is not a method; send 0 (GET, parameters in the query string) or 1 (POST, parameters in a form body).");

        RuleFor(p => p.Status)
            .Must(s => s is "0" or "1")
            .When(p => p.Status is not null)
            .WithErrorCode(EventStatusInvalid)
            .WithMessage(p => $"'{p.Status}' is not a status; send 1 (enabled) or 0 (disabled).");

        RuleFor(p => p.Note)
            .Must(n => n!.Length <= MaxNoteLength)
            .When(p => p.Note is not null)
            .WithErrorCode(EventNoteInvalid)
            .WithMessage($"the note is longer than {MaxNoteLength} characters; send a shorter one.");
    }

    public static bool TryParseType(string? text, out PhoneCallEventType type)
    {
        type = default;
        if (text is not { Length: 1 } || text[0] is < '0' or > '4')
        {
            return false;
        }

        type = (PhoneCallEventType)(text[0] - '0');
        return true;
    }

    public static bool IsEventId(string? text) =>
        text is { Length: > 0 and <= MaxIdLength } && text.All(char.IsAsciiLetterOrDigit);

    public static bool TryParseUrl(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = text is { Length: > 0 and <= MaxUrlLength }
            && Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed)
            && parsed.Scheme is "http" or "https"
            && parsed.Host.Length > 0
                ? parsed
                : null;
        return url is not null;
    }
}
