using Microsoft.AspNetCore.Mvc;
using VoipUapi.Api.Enswitch.Swagger;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>The functions a client calls first: who am I, my customer, its people.</summary>
[Route("api/json")]
[Tags("Enswitch account")]
public sealed class EnswitchAccountController(EnswitchGate gate, EnswitchAccountService accounts) : EnswitchControllerBase(gate)
{
    /// <summary>The fields of the authentication user.</summary>
    [HttpGet("user/login")]
    [HttpPost("user/login")]
    [EnswitchParameter("token", "1 to get an authentication token (not emulated), 0 not to.", Type = "integer")]
    public Task<IActionResult> Login() => RunAsync(EnswitchFunctions.UserLogin, accounts.Login);

    /// <summary>The fields of a customer the authentication user may see.</summary>
    [HttpGet("customers/get")]
    [HttpPost("customers/get")]
    [EnswitchParameter("id", "ID of customer to get. Give id or name.", Type = "integer", Example = "3")]
    [EnswitchParameter("name", "Name of customer to get.")]
    public Task<IActionResult> GetCustomer() => RunAsync(EnswitchFunctions.CustomersGet, accounts.GetCustomer);

    /// <summary>The people of a customer (no passwords).</summary>
    [HttpGet("people/list")]
    [HttpPost("people/list")]
    [EnswitchParameter("customer", "ID of customer to get people for; default: the customer of the authentication user.", Type = "integer")]
    [EnswitchParameter("count", "1 to return a count, 0 to return full data.", Type = "integer")]
    [EnswitchParameter("descending", "1 to sort descending, 0 not to.", Type = "integer")]
    [EnswitchParameter("limit", "The maximum results to return. 0 for all.", Type = "integer")]
    [EnswitchParameter("offset", "The result to start at. 0 for the first.", Type = "integer")]
    [EnswitchParameter("sort", "forename, fullname, surname or username (default).")]
    public Task<IActionResult> ListPeople() => RunAsync(EnswitchFunctions.PeopleList, accounts.ListPeople);

    /// <summary>The fields of a person, by id or username.</summary>
    [HttpGet("people/get")]
    [HttpPost("people/get")]
    [EnswitchParameter("id", "ID of person to get.", Type = "integer", Example = "101")]
    [EnswitchParameter("username", "User name of person to get.")]
    public Task<IActionResult> GetPerson() => RunAsync(EnswitchFunctions.PeopleGet, accounts.GetPerson);
}
