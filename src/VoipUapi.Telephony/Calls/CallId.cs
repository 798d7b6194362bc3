namespace VoipUapi.Telephony.Calls;

/// <summary>A PhoneCall id: 20 lowercase hex characters, like the vendor's (<c>c3e92a04ff422a7a0b9f</c>).</summary>
public readonly record struct CallId(string Value)
{
    public const int Length = 20;

    public override string ToString() => Value;
}
