namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>What came back: status, media type, the correlation header of a fault, the body as text; or the exception when nothing came back.</summary>
public sealed record FuzzAnswer(int Status, string? MediaType, string? CorrelationId, string Body, Exception? Failure = null)
{
    /// <summary>
    /// The outcome as the path's API states it: the HTTP status, or what the body says where an API answers every
    /// request HTTP 200 (Enswitch's <c>responses[0].code</c>); set from the envelope table's row.
    /// </summary>
    public int Code { get; init; } = Status;

    public bool Refused => Code is >= 400 and < 500;

    public bool Accepted => Code is >= 200 and < 300;

    public override string ToString() =>
        Failure is not null ? $"no answer: {Failure.GetType().Name}: {Failure.Message}" : $"{Status}{(Code == Status ? string.Empty : $" (code {Code})")} {MediaType ?? "(no media type)"} {Generation.FuzzRequest.Shorten(Body)}";
}
