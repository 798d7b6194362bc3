namespace VoipUapi.Telephony.Calls;

/// <summary>How a consultation ends: the one consulted joins the call, or takes the consulting party's place in it.</summary>
public enum ConsultCompletion
{
    Conference,
    Transfer,
}
