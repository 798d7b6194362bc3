namespace VoipUapi.Fuzz.Tests.Running;

/// <summary>What came back: status, media type, the correlation header of a fault, the body as text; or the exception when nothing came back.</summary>
public sealed record FuzzAnswer(int Status, string? MediaType, string? CorrelationId, string Body, Exception? Failure = null)
{
    public bool Refused => Status is >= 400 and < 500;

    public bool Accepted => Status is >= 200 and < 300;

    public override string ToString() =>
        Failure is not null ? $"no answer: {Failure.GetType().Name}: {Failure.Message}" : $"{Status} {MediaType ?? "(no media type)"} {Generation.FuzzRequest.Shorten(Body)}";
}
