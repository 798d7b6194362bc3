namespace VoipUapi.Telephony.Phones;

/// <summary>A line of a phone in use: the call and the leg of it that rings or talks there.</summary>
internal readonly record struct LineUse(CallId CallId, int Leg);
