using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using VoipUapi.Api.Uapi.Webhooks;

namespace VoipUapi.Api.Emulator;

/// <summary>
/// A call-event delivery attempt as a message of the event stream: <c>event: webhookDelivery</c> (when named), the
/// attempt as <c>GET /emulator/webhooks/deliveries</c> shows it with <c>"kind":"webhookDelivery"</c> in front, and no
/// <c>id:</c>, which stays the network event's sequence number that <c>Last-Event-ID</c> resumes after.
/// </summary>
public static class WebhookDeliveryMessage
{
    public const string Kind = "webhookDelivery";

    public static void Write(PipeWriter output, Utf8JsonWriter json, WebhookDelivery attempt, bool named)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(json);
        if (named)
        {
            output.Write("event: webhookDelivery\n"u8);
        }

        output.Write("data: "u8);
        JsonElement resource = JsonSerializer.SerializeToElement(attempt, ControlJson.Options);
        json.Reset();
        json.WriteStartObject();
        json.WriteString("kind"u8, Kind);
        foreach (JsonProperty field in resource.EnumerateObject())
        {
            field.WriteTo(json);
        }

        json.WriteEndObject();
        json.Flush();
        output.Write("\n\n"u8);
    }
}
