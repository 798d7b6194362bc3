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
        MoveNumbers(order, before, after);
        if (!SameOrganizations(before, after))
        {
            Move(ByOrganization, order, before?.InvolvedOrganizations() ?? [], after?.InvolvedOrganizations() ?? []);
        }

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

    /// <summary>
    /// A call's numbers are its charged extension and its legs' phones (<see cref="Call.Involves"/>), compared in place:
    /// no list built, and the extension written out only when it comes or goes (adding and removing an entry twice changes nothing).
    /// </summary>
    private void MoveNumbers(CallOrder order, Call? before, Call? after)
    {
        if (before is not null)
        {
            if (after is null || !Involves(after, before.Extension))
            {
                ByNumber.Remove(before.Extension.ToString(), order);
            }

            foreach (CallLeg leg in before.Legs)
            {
                if (after is null || !after.Involves(leg.Phone.Value))
                {
                    ByNumber.Remove(leg.Phone.Value, order);
                }
            }
        }

        if (after is not null)
        {
            if (before is null || !Involves(before, after.Extension))
            {
                ByNumber.Add(after.Extension.ToString(), order);
            }

            foreach (CallLeg leg in after.Legs)
            {
                if (before is null || !before.Involves(leg.Phone.Value))
                {
                    ByNumber.Add(leg.Phone.Value, order);
                }
            }
        }
    }

    private static bool Involves(Call call, ExtensionNumber extension)
    {
        if (call.Extension == extension)
        {
            return true;
        }

        foreach (CallLeg leg in call.Legs)
        {
            if (extension.Is(leg.Phone.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when both calls involve the same organizations without listing them: the same charged one, sources and
    /// destinations, and every local phone among the legs one of those (a leg adds no organization to theirs).
    /// </summary>
    private static bool SameOrganizations(Call? before, Call? after) =>
        before is not null && after is not null
        && string.Equals(before.Organization.Code, after.Organization.Code, StringComparison.Ordinal)
        && before.Sources == after.Sources && before.Destinations == after.Destinations
        && LegsAmongParties(before) && LegsAmongParties(after);

    private static bool LegsAmongParties(Call call)
    {
        foreach (CallLeg leg in call.Legs)
        {
            if (leg.Phone.IsLocal && !call.Sources.Contains(leg.Phone) && !call.Destinations.Contains(leg.Phone))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A call has a few keys: lists compared in place, no sets built (adding and removing an entry twice changes nothing).</summary>
    private static void Move(CallIndex<string> index, CallOrder order, IReadOnlyList<string> was, IReadOnlyList<string> now)
    {
        for (int i = 0; i < was.Count; i++)
        {
            if (!Has(now, was[i]))
            {
                index.Remove(was[i], order);
            }
        }

        for (int i = 0; i < now.Count; i++)
        {
            if (!Has(was, now[i]))
            {
                index.Add(now[i], order);
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
