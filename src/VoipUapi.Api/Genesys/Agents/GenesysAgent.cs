using System.Security.Cryptography;
using System.Text;
using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Genesys.Agents;

/// <summary>
/// An agent of the seed's <c>dialects.genesys</c> section: who logs in with HTTP Basic, and the one device (a Phone
/// Terminal extension) it works on. A class rather than a record, so that no generated <c>ToString</c> prints the password.
/// </summary>
public sealed class GenesysAgent(string userName, string password, string firstName, string lastName, string deviceId, Extension extension)
{
    private readonly byte[] _password = Encoding.UTF8.GetBytes(password);

    public string UserName => userName;

    public string FirstName => firstName;

    public string LastName => lastName;

    /// <summary>The id of the agent's device in <c>/api/v2/me/devices/{id}</c>.</summary>
    public string DeviceId => deviceId;

    /// <summary>The extension that is the agent's device on the network.</summary>
    public Extension Extension => extension;

    /// <summary>The device's DN: the extension's local part (<c>15000</c> for <c>0003*15000</c>).</summary>
    public string PhoneNumber => extension.Number.LocalPart;

    /// <summary>Compares in constant time, so that the answer's timing tells nothing about the password.</summary>
    public bool HasPassword(string candidate) => CryptographicOperations.FixedTimeEquals(_password, Encoding.UTF8.GetBytes(candidate));

    public override string ToString() => $"agent {userName} ({PhoneNumber})";
}
