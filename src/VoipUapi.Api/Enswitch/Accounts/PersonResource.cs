using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// The fields of a person, as <c>user/login</c>, <c>people/get</c> and <c>people/list</c> answer them: <c>id</c> and
/// <c>username</c> as the vendor prints them, the rest inferred from the sort keys of <c>people/list</c>. No password.
/// </summary>
public sealed record PersonResource(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("customer")] int Customer,
    [property: JsonPropertyName("forename")] string Forename,
    [property: JsonPropertyName("surname")] string Surname,
    [property: JsonPropertyName("fullname")] string FullName,
    [property: JsonPropertyName("role")] int Role,
    [property: JsonPropertyName("role_name")] string RoleName,
    [property: JsonPropertyName("line")] string Line)
{
    public static PersonResource Of(EnswitchPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new PersonResource(person.Id, person.Username, person.Customer.Id, person.Forename, person.Surname, person.FullName,
            person.Role.Id, person.Role.Name, person.Line?.Number.ToString() ?? string.Empty);
    }
}
