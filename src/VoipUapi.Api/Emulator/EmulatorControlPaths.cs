namespace VoipUapi.Api.Emulator;

public static class EmulatorControlPaths
{
    /// <summary>Every route of the control API lives under this prefix.</summary>
    public const string Prefix = "/emulator";
}
