namespace VoipUapi.Api.Uapi;

/// <summary>
/// What a hang-up answers for each call: its id and the extension as the client wrote it, and its link only while the
/// call goes on (one party hung up, <c>phoneNumber</c>): an ended call has left the list the link would name.
/// </summary>
public sealed record HungUpPhoneCall(string Id, string Extension, PhoneCallLink? Link);
