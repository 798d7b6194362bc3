using VoipUapi.Api.Hosting;
using VoipUapi.Testing;
using SeedException = VoipUapi.Telephony.Seeding.SeedException;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// A relative <c>--seed</c> path is found where the user wrote it from: <c>dotnet run --project src/VoipUapi.Api</c> runs
/// the emulator in its project folder, while the shell (<c>PWD</c>) stays where the command was typed.
/// </summary>
public sealed class SeedFileLocationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("voipuapi-seed-location-").FullName;
    private readonly string _project;
    private readonly string _shell;

    public SeedFileLocationTests()
    {
        _project = Directory.CreateDirectory(Path.Combine(_root, "src", "VoipUapi.Api")).FullName;
        _shell = _root;
    }

    [Fact]
    public void A_relative_path_is_found_in_the_folder_the_command_was_typed_in()
    {
        string seed = Write(Path.Combine(_shell, "my-seed.json"));

        SeedFileLocation.Resolve("my-seed.json", _project, _shell).Should().Be(seed);
    }

    [Fact]
    public void The_working_directory_comes_first_when_both_hold_the_file()
    {
        Write(Path.Combine(_shell, "my-seed.json"));
        string inProject = Write(Path.Combine(_project, "my-seed.json"));

        SeedFileLocation.Resolve("my-seed.json", _project, _shell).Should().Be(inProject);
    }

    [Fact]
    public void An_absolute_path_is_taken_as_it_is()
    {
        string seed = Write(Path.Combine(_root, "elsewhere", "seed.json"));

        SeedFileLocation.Resolve(seed, _project, _shell).Should().Be(seed);
    }

    [Fact]
    public void A_missing_file_is_refused_with_every_place_looked_in()
    {
        Action resolve = () => SeedFileLocation.Resolve("my-seed.json", _project, _shell);

        resolve.Should().Throw<SeedException>().Which.Message.Should()
            .Contain("seed my-seed.json: no such file")
            .And.Contain(Path.Combine(_project, "my-seed.json"))
            .And.Contain(Path.Combine(_shell, "my-seed.json"))
            .And.Contain("relative to the folder you start the emulator in");
    }

    [Fact]
    public void Without_a_shell_folder_only_the_working_directory_is_looked_in()
    {
        Action resolve = () => SeedFileLocation.Resolve("my-seed.json", _project, shellDirectory: null);

        resolve.Should().Throw<SeedException>().WithMessage($"seed my-seed.json: no such file (looked for {Path.Combine(_project, "my-seed.json")});*");
    }

    [Fact]
    public async Task The_emulator_refuses_to_start_on_a_seed_it_cannot_find_and_says_where_it_looked()
    {
        await using EmulatorFactory emulator = new EmulatorFactory().With("Emulator:SeedPath", "no-such-seed.json");

        Action start = () => emulator.CreateClient();

        start.Should().Throw<SeedException>().WithMessage($"seed no-such-seed.json: no such file (looked for {Path.Combine(Environment.CurrentDirectory, "no-such-seed.json")}*");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
        return path;
    }
}
