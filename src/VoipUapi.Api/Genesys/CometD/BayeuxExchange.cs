using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>
/// The answer to one Bayeux request in the making: a reply per message, in their order, and at most one
/// <c>/meta/connect</c> whose reply waits for its client's messages (<see cref="BayeuxServer.CompleteAsync"/>).
/// </summary>
public sealed class BayeuxExchange
{
    public List<JsonObject> Replies { get; } = [];

    /// <summary>The client whose connect this request carries, with the connect in progress; null when none.</summary>
    public BayeuxClient? Connecting { get; private set; }

    public JsonObject? ConnectRequest { get; private set; }

    /// <summary>Where the connect's reply goes among <see cref="Replies"/>.</summary>
    public int ConnectIndex { get; private set; }

    /// <summary>How long the connect may wait for a message.</summary>
    public TimeSpan Hold { get; private set; }

    /// <summary>The messages the connect took for its client, written before the replies.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Delivered { get; set; } = [];

    public void Connect(BayeuxClient client, JsonObject request, TimeSpan hold)
    {
        Connecting = client;
        ConnectRequest = request;
        ConnectIndex = Replies.Count;
        Hold = hold;
    }
}
