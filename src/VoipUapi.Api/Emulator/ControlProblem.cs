namespace VoipUapi.Api.Emulator;

/// <summary>Why a control request was refused: the HTTP status and a detail that names the field and says what to send.</summary>
public sealed record ControlProblem(int Status, string Detail)
{
    public static ControlProblem BadInput(string detail) => new(StatusCodes.Status400BadRequest, detail);

    public static ControlProblem NotFound(string detail) => new(StatusCodes.Status404NotFound, detail);

    public static ControlProblem Conflict(string detail) => new(StatusCodes.Status409Conflict, detail);
}
