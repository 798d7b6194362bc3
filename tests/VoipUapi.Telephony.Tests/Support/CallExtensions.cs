namespace VoipUapi.Telephony.Tests.Support;

internal static class CallExtensions
{
    /// <summary>The one leg of the call that rang <paramref name="phone"/>.</summary>
    public static CallLeg Leg(this Call call, string phone) =>
        call.Legs.Single(leg => string.Equals(leg.Phone.Value, phone, StringComparison.Ordinal));

    /// <summary>Each leg as <c>"5354353 Source Cancelled"</c>, in the order the call rang them.</summary>
    public static IReadOnlyList<string> LegSummary(this Call call) =>
        [.. call.Legs.Select(leg => $"{leg.Phone.Value} {leg.Role} {leg.State}")];
}
