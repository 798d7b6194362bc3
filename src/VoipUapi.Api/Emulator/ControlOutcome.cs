using System.Diagnostics.CodeAnalysis;

namespace VoipUapi.Api.Emulator;

/// <summary>What a control operation gives back: its value, or the problem to answer with.</summary>
public sealed class ControlOutcome<T>
{
    private ControlOutcome(T? value, ControlProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public ControlProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator ControlOutcome<T>(T value) => new(value, null);

    public static implicit operator ControlOutcome<T>(ControlProblem problem) => new(default, problem);
}
