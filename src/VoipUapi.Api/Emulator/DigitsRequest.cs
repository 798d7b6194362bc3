namespace VoipUapi.Api.Emulator;

/// <summary><c>{"digits":"2233#"}</c>: DTMF the phone sends on the call it talks on.</summary>
public sealed class DigitsRequest
{
    /// <summary>1 to 64 of 0-9, * and #.</summary>
    public string? Digits { get; set; }
}
