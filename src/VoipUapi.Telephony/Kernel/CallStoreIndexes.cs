namespace VoipUapi.Telephony.Kernel;

/// <summary>
/// The live calls by each number they involve (<see cref="Call.Involves"/>: the charged extension and every leg's
/// phone), by owner, and by each organization they involve (<see cref="Call.InvolvedOrganizations"/>: the charged
/// one and that of every extension or sandbox they ring or are to ring). Kept by <see cref="CallStore.Commit"/>, which sees every call go live,
/// change and end; a commit that changes none of a call's keys (most: a leg rings, answers, ends) touches nothing.
/// </summary>
internal sealed class CallStoreIndexes
{
    /// <summary>In list order: a UnifiedAPI list reads its page from here.</summary>
    public CallIndex<string> ByNumber { get; } = new(ordered: true, StringComparer.Ordinal);

    public CallIndex<int> ByOwner { get; } = new(ordered: false);

    public CallIndex<string> ByOrganization { get; } = new(ordered: false, StringComparer.Ordinal);

    /// <summary>Moves the call's entries from what <paramref name="before"/> involved to what <paramref name="after"/> does (null: not live).</summary>
    public void Update(Call? before, Call? after)
    {
        if (before is not null && after is not null && SameKeys(before, after))
        {
            return;
        }

        CallOrder order = CallOrder.Of((before ?? after)!);
        Move(ByNumber, order, before is null ? [] : NumbersOf(before), after is null ? [] : NumbersOf(after));
        Move(ByOrganization, order, before?.InvolvedOrganizations() ?? [], after?.InvolvedOrganizations() ?? []);
        if (before?.OwnerUserId == after?.OwnerUserId)
        {
            return;
        }

        if (before is not null)
        {
            ByOwner.Remove(before.OwnerUserId, order);
        }

        if (after is not null)
        {
            ByOwner.Add(after.OwnerUserId, order);
        }
    }

    public void Clear()
    {
        ByNumber.Clear();
        ByOwner.Clear();
        ByOrganization.Clear();
    }

    /// <summary>A call has a few keys: lists compared in place, no sets built (adding and removing an entry twice changes nothing).</summary>
    private static void Move(CallIndex<string> index, CallOrder order, IReadOnlyList<string> was, IReadOnlyList<string> now)
    {
        foreach (string key in was)
        {
            if (!Has(now, key))
            {
                index.Remove(key, order);
            }
        }

        foreach (string key in now)
        {
            if (!Has(was, key))
            {
                index.Add(key, order);
            }
        }
    }

    private static bool Has(IReadOnlyList<string> keys, string key)
    {
        for (int i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
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
            || before.Organization.Id != after.Organization.Id || before.Legs.Length != after.Legs.Length
            || before.Sources != after.Sources || before.Destinations != after.Destinations)
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
