namespace VoipUapi.Api.Enswitch.Calling;

/// <summary>What <c>calls/update</c> changed of Enswitch's record of a call or of one leg: each field sent replaces the row's, null keeps it.</summary>
public sealed record CallRecordEdit(
    string? SourceType,
    string? SourceNumber,
    string? CalledType,
    string? CalledNumber,
    string? DestinationType,
    string? DestinationNumber)
{
    public ActiveCallRow ApplyTo(ActiveCallRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row with
        {
            SourceType = SourceType ?? row.SourceType,
            SourceNumber = SourceNumber ?? row.SourceNumber,
            CalledType = CalledType ?? row.CalledType,
            CalledNumber = CalledNumber ?? row.CalledNumber,
            DestinationType = DestinationType ?? row.DestinationType,
            DestinationNumber = DestinationNumber ?? row.DestinationNumber,
        };
    }

    /// <summary>This edit with <paramref name="later"/>'s fields on top.</summary>
    public CallRecordEdit Then(CallRecordEdit later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new CallRecordEdit(
            later.SourceType ?? SourceType,
            later.SourceNumber ?? SourceNumber,
            later.CalledType ?? CalledType,
            later.CalledNumber ?? CalledNumber,
            later.DestinationType ?? DestinationType,
            later.DestinationNumber ?? DestinationNumber);
    }
}
