namespace VoipUapi.Api.Hosting;

/// <summary>
/// State a dialect keeps outside the engine that <c>POST /emulator/reset</c> forgets: registered as a singleton of this
/// interface too, it is reset before the network is (so that the calls the reset ends trigger nothing of it).
/// </summary>
public interface IResetWithEmulator
{
    void Reset();
}
