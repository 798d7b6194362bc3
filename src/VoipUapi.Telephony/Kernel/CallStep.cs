namespace VoipUapi.Telephony.Kernel;

/// <summary>What a timer does to the live call it belongs to; returns the call as it is afterwards.</summary>
internal delegate Call CallStep(Call call, Change change);
