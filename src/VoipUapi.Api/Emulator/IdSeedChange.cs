using System.Text.Json.Serialization;

namespace VoipUapi.Api.Emulator;

/// <summary><c>{"seed":42}</c> makes call ids a pure function of 42 and the order of calls; <c>{"seed":null}</c> makes them random.</summary>
[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class IdSeedChange
{
    private int? _seed;

    public int? Seed
    {
        get => _seed;
        set
        {
            _seed = value;
            HasSeed = true;
        }
    }

    /// <summary>True when the body named <c>seed</c>, even as null (the serializer sets it only then).</summary>
    [JsonIgnore]
    public bool HasSeed { get; private set; }
}
