namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// Tests of the process's host pool run while no other test runs: another test giving hosts back at the same time
/// could push the one a test is about to take again out of the pool.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EmulatorPoolAlone
{
    public const string Name = "The emulator host pool, alone";
}
