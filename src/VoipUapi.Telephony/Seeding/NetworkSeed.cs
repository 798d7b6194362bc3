namespace VoipUapi.Telephony.Seeding;

/// <summary>What a seed gives the network: who exists, and how their phones behave.</summary>
public sealed record NetworkSeed(TelephonyDirectory Directory, PhoneRuleBook Phones);
