using System.Security.Cryptography;
using System.Text;
using VoipUapi.Telephony.Directory;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// A person who may call the API with <c>auth_username</c>/<c>auth_password</c>. A class rather than a record, so
/// that no generated <c>ToString</c> ever prints the password.
/// </summary>
public sealed class EnswitchPerson(int id, string username, string password, string forename, string surname, EnswitchCustomer customer, EnswitchRole role, Extension? line)
{
    private readonly byte[] _password = Encoding.UTF8.GetBytes(password);

    public int Id => id;

    public string Username => username;

    public string Forename => forename;

    public string Surname => surname;

    public string FullName => $"{forename} {surname}".Trim();

    public EnswitchCustomer Customer => customer;

    public EnswitchRole Role => role;

    /// <summary>The telephone line (a Phone Terminal extension of the customer) calls this person makes are charged to.</summary>
    public Extension? Line => line;

    /// <summary>Compares in constant time, so that the answer's timing tells nothing about the password.</summary>
    public bool HasPassword(string candidate) => CryptographicOperations.FixedTimeEquals(_password, Encoding.UTF8.GetBytes(candidate));

    public override string ToString() => $"person {id} ({username})";
}
