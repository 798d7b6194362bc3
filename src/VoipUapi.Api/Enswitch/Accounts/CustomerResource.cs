using System.Text.Json.Serialization;

namespace VoipUapi.Api.Enswitch.Accounts;

/// <summary>The fields of a customer, as <c>customers/get</c> answers them: <c>id</c> and <c>name</c> as the vendor prints them, the rest inferred.</summary>
public sealed record CustomerResource(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("parent")] int Parent,
    [property: JsonPropertyName("rate_plan")] int RatePlan,
    [property: JsonPropertyName("rate_plan_name")] string RatePlanName,
    [property: JsonPropertyName("conference_extension")] string ConferenceExtension)
{
    public static CustomerResource Of(EnswitchCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return new CustomerResource(customer.Id, customer.Name, customer.ParentId ?? 0, customer.RatePlan.Id, customer.RatePlan.Name,
            customer.ConferenceExtension?.Number.ToString() ?? string.Empty);
    }
}
