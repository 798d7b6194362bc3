namespace VoipUapi.Telephony.Directory;

public sealed record Extension(ExtensionNumber Number, ExtensionType Type, int OwnerUserId, CallerId CallerId);
