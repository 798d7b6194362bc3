using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Faxes;

namespace VoipUapi.Api.Emulator;

/// <summary>The faxes sent through any dialect, with each recipient's outcome.</summary>
[Tags(EmulatorControllerBase.Tag)]
[Route("emulator/faxes")]
public sealed class FaxesController(TelephonyNetwork network) : EmulatorControllerBase
{
    /// <summary>Every fax kept, newest first: its files (name, size, the start of the content) and, per recipient, the call and its outcome.</summary>
    [HttpGet]
    [ProducesResponseType<FaxListResource>(StatusCodes.Status200OK, "application/json")]
    public FaxListResource List()
    {
        IReadOnlyList<Fax> faxes = network.Faxes;
        return new FaxListResource(faxes.Count, [.. faxes.Select(ToResource)]);
    }

    private static FaxResource ToResource(Fax fax) => new(
        fax.Id,
        fax.Uid,
        fax.Sender.ToString(),
        fax.OwnerUserId,
        fax.OrganizationCode,
        fax.Created.UtcDateTime,
        [.. fax.Documents.Select(d => new FaxFileResource(d.FileName, d.Size, d.ContentType, Convert.ToBase64String(d.KeptContent.AsSpan()), d.ContentTruncated))],
        [.. fax.Deliveries.Select(d => new FaxRecipientResource(d.Recipient.Value, d.CallId.Value, EmulatorNames.Of(d.State), d.Ended?.UtcDateTime))]);
}
