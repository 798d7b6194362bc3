namespace VoipUapi.Fuzz.Tests.Oracles;

/// <summary>The parts of the emulator's state a refused request may not change.</summary>
[Flags]
public enum StateParts
{
    None = 0,

    /// <summary>The live calls: ids, phases, legs (and any change of their values, which are immutable).</summary>
    Calls = 1,

    /// <summary>The network's event log: a refused request publishes nothing.</summary>
    Events = 2,

    /// <summary>The clock's time and mode.</summary>
    Clock = 4,

    /// <summary>The id seed of new calls.</summary>
    Ids = 8,

    /// <summary>How the seed's extensions and sandboxes behave (scripted or not).</summary>
    Phones = 16,

    /// <summary>The request journal: a vendor request is journaled even when refused, a control request never is.</summary>
    Journal = 32,

    /// <summary>The Genesys agents' states: sessions started, ready or not, after-call work.</summary>
    Agents = 64,

    Network = Calls | Events | Clock | Ids | Phones,
}
