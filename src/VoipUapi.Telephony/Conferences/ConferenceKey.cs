namespace VoipUapi.Telephony.Conferences;

/// <summary>A scheduled conference: the number it has on the Conference extension that hosts it.</summary>
public readonly record struct ConferenceKey(ExtensionNumber Host, string Number)
{
    public override string ToString() => $"{Host}/{Number}";
}
