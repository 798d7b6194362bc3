namespace VoipUapi.Telephony.Directory;

/// <param name="Code">The four-digit prefix of every extended number in the organization (<c>0003</c>).</param>
public sealed record Organization(int Id, string Code, string Name)
{
    /// <summary>The sandbox service number of the organization (<c>0003*00</c>): it answers at once and never gets busy.</summary>
    public ExtensionNumber SandboxNumber => new(Code, ExtensionNumber.SandboxLocalPart);
}
