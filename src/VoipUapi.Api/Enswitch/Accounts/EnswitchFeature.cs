namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>What a customer's rate plan may allow; a function of a feature the plan lacks answers 403.</summary>
public enum EnswitchFeature
{
    Conferences,

    /// <summary>Placing calls (<c>calls/make</c>).</summary>
    Calls,
}
