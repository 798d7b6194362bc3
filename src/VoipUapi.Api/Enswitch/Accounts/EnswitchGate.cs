using Microsoft.Extensions.Options;
using VoipUapi.Api.Enswitch.Protocol;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>
/// What every function does first, in the vendor's order: read the parameters, authenticate <c>auth_username</c> /
/// <c>auth_password</c> against the seed's people (401), then check the role (402) and the rate plan (403).
/// </summary>
public sealed class EnswitchGate(EnswitchDirectory directory, IOptions<EnswitchOptions> options)
{
    public const string UsernameKey = "auth_username";
    public const string PasswordKey = "auth_password";

    public async Task<Outcome<EnswitchRequest, EnswitchEnvelope>> AdmitAsync(HttpRequest request, EnswitchFunction function)
    {
        ArgumentNullException.ThrowIfNull(function);
        Outcome<EnswitchParameters, EnswitchEnvelope> parameters = await EnswitchParameterReader.ReadAsync(request, options.Value.MaxRequestBodyBytes);
        if (!parameters.Succeeded)
        {
            return parameters.Error;
        }

        var input = new EnswitchInput(parameters.Value);
        Outcome<EnswitchPerson, EnswitchEnvelope> person = Authenticate(input);
        if (!person.Succeeded)
        {
            return person.Error;
        }

        EnswitchPerson who = person.Value;
        if (!function.AllowedBy.Any(who.Role.Privileges.Contains))
        {
            return EnswitchEnvelope.RoleForbids(
                $"the role {who.Role.Name} of {who.Username} does not allow {function.Name}: it needs the {string.Join(" or ", function.AllowedBy.Select(Named))} privilege; authenticate as a person whose role has it.");
        }

        if (function.Feature is { } feature && !who.Customer.RatePlan.Features.Contains(feature))
        {
            return EnswitchEnvelope.RatePlanForbids(
                $"the rate plan {who.Customer.RatePlan.Name} of customer {who.Customer.Id} does not allow {function.Name}: it has no {Named(feature)} feature; authenticate as a person of a customer whose plan has it.");
        }

        IReadOnlyList<EnswitchCustomer> visible = who.Role.Privileges.Contains(EnswitchPrivilege.Administrator) ? directory.Tree(who.Customer) : [who.Customer];
        return new EnswitchRequest(new EnswitchCaller(who, visible), input);
    }

    private Outcome<EnswitchPerson, EnswitchEnvelope> Authenticate(EnswitchInput input)
    {
        string? username = input.Value(UsernameKey);
        string? password = input.Value(PasswordKey);
        if (!input.IsValid)
        {
            return EnswitchEnvelope.Invalid(input.Problems);
        }

        if (username is null)
        {
            return EnswitchEnvelope.Unauthenticated(UsernameKey, "auth_username is missing; send the username and auth_password the password of a person (the default seed has user / password).");
        }

        if (directory.FindPerson(username) is not { } person)
        {
            return EnswitchEnvelope.Unauthenticated(UsernameKey, $"no person has the username '{username}'; send the username of a person of the seed (the default seed has user / password).");
        }

        if (password is null)
        {
            return EnswitchEnvelope.Unauthenticated(PasswordKey, $"auth_password is missing; send the password of {person.Username}.");
        }

        return person.HasPassword(password)
            ? person
            : EnswitchEnvelope.Unauthenticated(PasswordKey, $"the authentication details provided are invalid: auth_password is not the password of {person.Username}; send its password.");
    }

    private static string Named<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
