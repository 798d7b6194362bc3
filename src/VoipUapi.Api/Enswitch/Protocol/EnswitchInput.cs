using System.Globalization;

namespace VoipUapi.Api.Enswitch.Protocol;

/// <summary>
/// Typed reading of a request's parameters that collects one 400 response per invalid parameter instead of stopping
/// at the first. Every reader answers null when the parameter was not sent, or sent empty (an empty value means the
/// default), and when it is invalid (the problem is then recorded and <see cref="IsValid"/> is false).
/// </summary>
public sealed class EnswitchInput(EnswitchParameters parameters)
{
    private readonly List<EnswitchResponse> _problems = [];

    public EnswitchParameters Parameters => parameters;

    public IReadOnlyList<EnswitchResponse> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    /// <summary>True when <paramref name="key"/> already has a problem, so that rules about several parameters skip it.</summary>
    public bool HasProblem(string key) => _problems.Exists(p => p.Key == key);

    /// <summary>Records that <paramref name="key"/> is invalid, once per key.</summary>
    public void Invalid(string key, string message)
    {
        if (!HasProblem(key))
        {
            _problems.Add(new EnswitchResponse(EnswitchCodes.Invalid, key, message));
        }
    }

    /// <summary>The one value of <paramref name="name"/>; a key sent twice with two different values is refused, not guessed.</summary>
    public string? Value(string name)
    {
        string[] values = [.. parameters.ValuesOf(name).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
        if (values.Length > 1)
        {
            Invalid(name, $"{name} was sent {values.Length} times with different values; send it once.");
            return null;
        }

        return values.Length == 1 ? values[0] : null;
    }

    /// <summary>A free text of at most <paramref name="maxLength"/> characters, without control characters.</summary>
    public string? Text(string name, int maxLength)
    {
        string? text = Value(name);
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength || text.Any(char.IsControl))
        {
            Invalid(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {maxLength} characters, without control characters; send a shorter text."));
            return null;
        }

        return text;
    }

    /// <summary>1 to <paramref name="maxLength"/> digits (a code or PIN callers type on a keypad).</summary>
    public string? Digits(string name, int maxLength, string example)
    {
        string? text = Value(name)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (text.Length is 0 || text.Length > maxLength || !text.All(char.IsAsciiDigit))
        {
            Invalid(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be 1 to {maxLength} digits (callers type it on a keypad); send for example {name}={example}."));
            return null;
        }

        return text;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? Integer(string name, int min, int max, string? meaning = null)
    {
        string? text = Value(name)?.Trim();
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number) || number < min || number > max)
        {
            Invalid(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be a whole number from {min} to {max}{meaning}; '{Shown(text)}' is not."));
            return null;
        }

        return number;
    }

    /// <summary>An Enswitch boolean: 1 or 0.</summary>
    public bool? Flag(string name)
    {
        string? text = Value(name)?.Trim();
        return text switch
        {
            null => null,
            "1" => true,
            "0" => false,
            _ => Refused(name, $"{name} is 1 or 0; '{Shown(text)}' is neither."),
        };
    }

    /// <summary>One of <paramref name="allowed"/>, written exactly.</summary>
    public string? Choice(string name, IReadOnlyList<string> allowed)
    {
        string? text = Value(name)?.Trim();
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        Invalid(name, $"{name} must be {string.Join(", ", allowed.Select(a => $"\"{a}\""))}; '{Shown(text)}' is none of them.");
        return null;
    }

    /// <summary><c>validation=1</c>: check the input and answer 201 without acting.</summary>
    public bool ValidationOnly => Flag("validation") ?? false;

    private bool? Refused(string name, string message)
    {
        Invalid(name, message);
        return null;
    }

    /// <summary>A sent value as a message may quote it: at most 40 characters.</summary>
    public static string Shown(string text) => text.Length <= 40 ? text : $"{text[..40]}…";
}
