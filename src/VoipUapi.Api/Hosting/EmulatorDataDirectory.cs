namespace VoipUapi.Api.Hosting;

/// <summary>Where the emulator keeps files between starts (its HTTPS certificate): <c>Emulator:DataDirectory</c>.</summary>
public static class EmulatorDataDirectory
{
    public const string Key = $"{EmulatorOptions.Section}:DataDirectory";

    /// <summary>
    /// <paramref name="configured"/> as a full path; by default a <c>voipuapi</c> folder in the user's local
    /// application data (<c>%LOCALAPPDATA%</c>, <c>~/.local/share</c>, <c>~/Library/Application Support</c>), or
    /// <c>./data</c> when the user has none.
    /// </summary>
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        string local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(local) ? Path.GetFullPath("data") : Path.Combine(local, "voipuapi");
    }
}
