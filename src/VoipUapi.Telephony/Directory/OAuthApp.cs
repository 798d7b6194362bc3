namespace VoipUapi.Telephony.Directory;

/// <param name="AccountId">The user or organization id the app belongs to; null for the Administrator.</param>
public sealed record OAuthApp(string ClientId, string ClientSecret, AccountKind Account, int? AccountId);
