namespace VoipUapi.Api.Genesys.Protocol;

/// <summary>Which operations a Genesys route takes (<see cref="GenesysOperations.Of"/>); a constant, so that the OpenAPI example attributes can name it.</summary>
public enum GenesysOperationSet
{
    /// <summary>None named: a GET, which takes no operation.</summary>
    None,

    /// <summary><c>POST /api/v2/me</c>: the contact-center session and the agent's state.</summary>
    Session,

    /// <summary><c>POST /api/v2/me/channels/voice</c>: the agent's state on the voice channel.</summary>
    VoiceChannel,

    /// <summary><c>POST /api/v2/me/devices/{id}/calls</c>.</summary>
    Device,

    /// <summary><c>POST /api/v2/me/calls/{id}</c>.</summary>
    Call,
}
