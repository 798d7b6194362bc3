namespace VoipUapi.Api.Tests.Hosting;

/// <summary>Tests that move the process's working directory run while no other test runs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryAlone
{
    public const string Name = "The working directory, alone";
}
