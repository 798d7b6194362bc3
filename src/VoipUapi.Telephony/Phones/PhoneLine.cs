namespace VoipUapi.Telephony.Phones;

/// <summary>One line of a phone in use: the call on it (as it was when the status was taken), the call's leg there and what the line is doing.</summary>
public sealed record PhoneLine(Call Call, int Leg, LineState State);
