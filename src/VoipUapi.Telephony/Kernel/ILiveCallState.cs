namespace VoipUapi.Telephony.Kernel;

/// <summary>What the kernel or a feature keeps about the live calls; a reset forgets all of it at once, not call by call.</summary>
internal interface ILiveCallState
{
    void ForgetAll();
}
