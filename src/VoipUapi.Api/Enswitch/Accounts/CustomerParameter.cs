using System.Globalization;
using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>The <c>customer</c> parameter most functions take: a customer id the caller may see, by default its own.</summary>
public static class CustomerParameter
{
    /// <summary>The customer named, or null with the problem recorded on <c>customer</c>; <paramref name="action"/> says what the request does in it.</summary>
    public static EnswitchCustomer? Read(EnswitchRequest request, string action = "see")
    {
        ArgumentNullException.ThrowIfNull(request);
        EnswitchInput input = request.Input;
        EnswitchCaller caller = request.Caller;
        int? id = input.Integer("customer", 1, int.MaxValue, " (a customer id)");
        if (input.HasProblem("customer"))
        {
            return null;
        }

        EnswitchCustomer? customer = id is { } given ? caller.Visible(given) : caller.Customer;
        if (customer is null)
        {
            input.Invalid("customer", string.Create(CultureInfo.InvariantCulture,
                $"customer {id} does not exist or you may not {action} it; send your own customer ({caller.Customer.Id}){(caller.IsAdministrator ? " or one below it" : string.Empty)}, or leave customer out."));
        }

        return customer;
    }
}
