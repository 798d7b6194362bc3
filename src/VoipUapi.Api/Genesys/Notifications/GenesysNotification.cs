using System.Text.Json.Nodes;

namespace VoipUapi.Api.Genesys.Notifications;

/// <summary>One message handed to a <see cref="IGenesysNotificationSink"/>.</summary>
public sealed record GenesysNotification(string AgentUserName, string Channel, JsonObject Data);
