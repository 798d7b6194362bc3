using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Numbers;

namespace VoipUapi.Api.Emulator;

/// <summary>Every phone worth showing at once, for a dashboard: one request instead of one per number.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/phones")]
public sealed class PhoneListController(TelephonyNetwork network) : EmulatorControllerBase
{
    /// <summary>The seed's extensions by number, then every sandbox and public number a live call rings or talks on, each with its status.</summary>
    /// <remarks>Each entry is what GET /emulator/phones/{number} answers for that phone.</remarks>
    [HttpGet]
    [ProducesResponseType<PhoneListResource>(StatusCodes.Status200OK, "application/json")]
    public PhoneListResource List()
    {
        IEnumerable<PhoneAddress> extensions = network.Directory.Extensions
            .Select(extension => PhoneAddress.ForExtension(extension.Number))
            .OrderBy(phone => phone.Value, StringComparer.Ordinal);
        IEnumerable<PhoneAddress> others = network.LiveCalls
            .SelectMany(call => call.Legs.Select(leg => leg.Phone))
            .Where(phone => phone.Kind != PhoneAddressKind.Extension)
            .Distinct()
            .OrderBy(phone => phone.Value, StringComparer.Ordinal);
        List<PhoneStatusResource> phones = [.. extensions.Concat(others).Select(phone => EmulatorCallMapper.ToResource(network.StatusOf(phone)))];
        return new PhoneListResource(phones.Count, phones);
    }
}
