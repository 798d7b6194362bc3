namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls by each number they involve (<see cref="Call.Involves"/>: the charged extension and every leg's
/// phone), by owner and by organization. Kept by <see cref="CallStore.Commit"/>, which sees every call go live,
/// change and end; a commit that changes none of a call's keys (most: a leg rings, answers, ends) touches nothing.
/// </summary>
internal sealed class CallStoreIndexes
{
    public CallIndex<string> ByNumber { get; } = new(StringComparer.Ordinal);

    public CallIndex<int> ByOwner { get; } = new();

    public CallIndex<int> ByOrganization { get; } = new();

    /// <summary>Moves the call's entries from what <paramref name="before"/> involved to what <paramref name="after"/> does (null: not live).</summary>
    public void Update(Call? before, Call? after)
    {
        if (before is not null && after is not null && SameKeys(before, after))
        {
            return;
        }

        CallId id = (before ?? after)!.Id;
        List<string> was = before is null ? [] : NumbersOf(before);
        List<string> now = after is null ? [] : NumbersOf(after);
        foreach (string number in was.Except(now, StringComparer.Ordinal))
        {
            ByNumber.Remove(number, id);
        }

        foreach (string number in now.Except(was, StringComparer.Ordinal))
        {
            ByNumber.Add(number, id);
        }

        if (before is not null && (after is null || before.OwnerUserId != after.OwnerUserId || before.Organization.Id != after.Organization.Id))
        {
            ByOwner.Remove(before.OwnerUserId, id);
            ByOrganization.Remove(before.Organization.Id, id);
        }

        if (after is not null)
        {
            ByOwner.Add(after.OwnerUserId, id);
            ByOrganization.Add(after.Organization.Id, id);
        }
    }

    public void Clear()
    {
        ByNumber.Clear();
        ByOwner.Clear();
        ByOrganization.Clear();
    }

    private static List<string> NumbersOf(Call call)
    {
        List<string> numbers = [call.Extension.ToString()];
        foreach (CallLeg leg in call.Legs)
        {
            numbers.Add(leg.Phone.Value);
        }

        return numbers;
    }

    private static bool SameKeys(Call before, Call after)
    {
        if (before.Extension != after.Extension || before.OwnerUserId != after.OwnerUserId
            || before.Organization.Id != after.Organization.Id || before.Legs.Length != after.Legs.Length)
        {
            return false;
        }

        for (int i = 0; i < before.Legs.Length; i++)
        {
            if (!string.Equals(before.Legs[i].Phone.Value, after.Legs[i].Phone.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
