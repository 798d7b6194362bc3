using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Telephony;

/// <summary>The numbers that shape calls; bound from the <c>Telephony</c> configuration section.</summary>
public sealed class TelephonyOptions
{
    public const string Section = "Telephony";

    /// <summary>How long a ringing stage waits for an answer when the request names no <c>waitForPickup</c>.</summary>
    [Range(1, 3600)]
    public int DefaultWaitForPickupSeconds { get; set; } = 25;

    /// <summary>The largest <c>waitForPickup</c> a request may ask for.</summary>
    [Range(1, 3600)]
    public int MaxWaitForPickupSeconds { get; set; } = 600;

    /// <summary>How long a connected call lasts when the request names no <c>callDuration</c>.</summary>
    [Range(1, 604800)]
    public int DefaultCallDurationSeconds { get; set; } = 3600;

    /// <summary>The largest <c>callDuration</c> a request may ask for.</summary>
    [Range(1, 604800)]
    public int MaxCallDurationSeconds { get; set; } = 86400;

    /// <summary>How many ended calls are kept for listing and inspection.</summary>
    [Range(1, 1_000_000)]
    public int HistoryCapacity { get; set; } = 1000;

    /// <summary>How long a conference invitee has to enter the conference number or PIN before the prompt counts as a wrong entry.</summary>
    [Range(1, 600)]
    public int ConferencePromptSeconds { get; set; } = 10;

    /// <summary>How long a parked call stays in the lot when the request names no <c>maxInParking</c>, before it rings its parker again.</summary>
    [Range(10, 3600)]
    public int DefaultMaxInParkingSeconds { get; set; } = 180;

    /// <summary>How long a voicemail message may last before the box hangs up.</summary>
    [Range(1, 3600)]
    public int MaxVoicemailSeconds { get; set; } = 120;

    /// <summary>How long a caller waits in a queue for an agent before the queue ends the call (NO ANSWER), unless the seed's queue sets its own.</summary>
    [Range(1, 86400)]
    public int QueueMaxWaitSeconds { get; set; } = 300;

    /// <summary>How long a queue rings its agents before it rings the free ones again, unless the seed's queue sets its own.</summary>
    [Range(1, 600)]
    public int QueueAgentRingSeconds { get; set; } = 15;

    /// <summary>How long a fax transmits once its recipient answered; a recipient that hangs up sooner did not get it.</summary>
    [Range(1, 3600)]
    public int FaxTransmitSeconds { get; set; } = 30;

    /// <summary>How many bytes of each fax file the network keeps (the start of the file); the rest is counted, not kept.</summary>
    [Range(0, 1024 * 1024)]
    public int FaxContentKeptBytes { get; set; } = 4096;

    /// <summary>How many faxes are kept for listing, newest first.</summary>
    [Range(1, 100_000)]
    public int FaxHistoryCapacity { get; set; } = 200;

    /// <summary>Whether the calls in progress a seed describes (its <c>calls</c> section) are started with the network.</summary>
    public bool StartSeedCalls { get; set; } = true;

    /// <summary>How many network events are kept for readers that fall behind.</summary>
    [Range(16, 10_000_000)]
    public int EventLogCapacity { get; set; } = 10_000;
}
