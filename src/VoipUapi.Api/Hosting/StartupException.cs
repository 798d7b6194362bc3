namespace VoipUapi.Api.Hosting;

/// <summary>A setting the emulator cannot start with; the message names the setting and what to give instead.</summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
