using Microsoft.AspNetCore.Mvc;
using VoipUapi.Telephony;
using VoipUapi.Telephony.Faxes;

namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>The Faxes service: send a fax from a Phone Terminal extension to any phone number.</summary>
[Route("uapi/faxes/{userId}/{extension}")]
[Tags("UnifiedAPI faxes")]
public sealed class FaxesController(UapiFaxService faxes, FaxUploadReader uploads, UapiResolver resolver) : UapiControllerBase(resolver)
{
    /// <summary>
    /// Sends a fax (multipart/form-data: a part named files per file, jpg, tif, pdf or txt, and a part named request with
    /// the recipients): each recipient gets a call, and the control API's GET /emulator/faxes shows how each went.
    /// </summary>
    /// <param name="userId"><c>@me</c>, <c>@viewer</c>, <c>@owner</c> or a numeric user id.</param>
    /// <param name="extension">The Phone Terminal extension that sends the fax (<c>210</c>, <c>0003*210</c>); not <c>@self</c>.</param>
    [HttpPost]
    [ProducesResponseType<CreatedFax>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Create(string userId, string extension)
    {
        if (Caller is not { } caller)
        {
            return UnknownApp();
        }

        // No parameter is bound from the body: the upload is read here, the dialect's way, and only once.
        Outcome<FaxUpload, UapiError> upload = await uploads.ReadAsync(Request, HttpContext.RequestAborted);
        if (!upload.Succeeded)
        {
            return Error(upload.Error);
        }

        Outcome<Fax, UapiError> sent = faxes.Send(caller, userId, extension, upload.Value);
        return sent.Succeeded
            ? Answer(StatusCodes.Status200OK, new CreatedFax(sent.Value.Id, sent.Value.Uid, upload.Value.Recipients))
            : Error(sent.Error);
    }
}
