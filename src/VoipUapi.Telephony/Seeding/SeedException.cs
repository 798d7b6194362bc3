namespace VoipUapi.Telephony.Seeding;

/// <summary>A seed that cannot be loaded; the message names the line or the entity at fault.</summary>
public sealed class SeedException : Exception
{
    public SeedException()
    {
    }

    public SeedException(string message)
        : base(message)
    {
    }

    public SeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
