namespace VoipUapi.Api.Hosting;

/// <summary>
/// State a reset keeps on purpose (the clients' credentials and what the emulator learnt of them) that an emulator
/// restarted as new forgets (<see cref="Emulator.EmulatorControl.Restart"/>, the test kit's reuse of one host per
/// test): registered as a singleton of this interface too.
/// </summary>
public interface IRestartWithEmulator
{
    void Restart();
}
