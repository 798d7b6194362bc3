namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// Steps that differ only by a small number (a leg's index, a stage), each made once and kept: a timer scheduled
/// with one costs no closure and no delegate, where 100,000 calls would make one each. Used under the kernel's lock.
/// </summary>
internal sealed class CallSteps(Func<int, CallStep> make)
{
    private CallStep?[] _made = [];

    public CallStep For(int number)
    {
        if (number >= _made.Length)
        {
            Array.Resize(ref _made, Math.Max(number + 1, 2 * _made.Length));
        }

        return _made[number] ??= make(number);
    }
}
