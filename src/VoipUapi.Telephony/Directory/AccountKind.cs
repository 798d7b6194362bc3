namespace VoipUapi.Telephony.Directory;

/// <summary>The kind of account an OAuth app is registered to; it decides what the app may see and do.</summary>
public enum AccountKind
{
    Administrator,
    Organization,
    User,
}
