using Microsoft.AspNetCore.Mvc;

namespace VoipUapi.Api.Uapi;

public sealed class UapiErrorResult : ObjectResult
{
    public UapiErrorResult(UapiError error)
        : base(UapiErrorEnvelope.From(error))
    {
        StatusCode = error.Status;
        ContentTypes.Add("application/json");
    }
}
