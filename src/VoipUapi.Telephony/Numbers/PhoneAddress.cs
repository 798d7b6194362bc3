namespace VoipUapi.Telephony.Numbers;

/// <summary>A phone the network can ring, resolved: an extension in extended form, a sandbox, or a public number.</summary>
public readonly record struct PhoneAddress(PhoneAddressKind Kind, string Value)
{
    public static PhoneAddress ForExtension(ExtensionNumber number) => new(PhoneAddressKind.Extension, number.ToString());

    public static PhoneAddress ForSandbox(ExtensionNumber number) => new(PhoneAddressKind.Sandbox, number.ToString());

    public static PhoneAddress ForPublic(string number) => new(PhoneAddressKind.Public, number);

    public bool IsLocal => Kind != PhoneAddressKind.Public;

    public override string ToString() => Value;
}
