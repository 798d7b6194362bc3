using System.Globalization;

namespace VoipUapi.Telephony.Seeding;

/// <summary>Turns the seed's <c>calls</c> into calls in progress, refusing any that names what does not exist or could not be.</summary>
internal sealed class SeedCalls(string source)
{
    private const int MaxNumbers = 10;
    private const double MaxAgeSeconds = 366 * 86400;
    private static readonly CallPhase[] States = [CallPhase.RingingSources, CallPhase.RingingDestination, CallPhase.Connected];

    public List<SeededCall> Build(IReadOnlyList<SeedCall> seeded, TelephonyDirectory directory, PhoneRuleBook phones)
    {
        List<SeededCall> calls = [];
        Dictionary<string, List<CallId>> answeredPhones = new(StringComparer.Ordinal);
        foreach (SeedCall call in seeded)
        {
            string entity = $"call {call.Id ?? "(no id)"}";
            Require(call.Id is { Length: CallId.Length } id && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'), entity,
                $"id must be {CallId.Length} lowercase hex characters, like \"b817d2618fe6f1804db1\"");
            Require(calls.TrueForAll(c => c.Id.Value != call.Id), entity, "id is used twice");
            Require(ExtensionNumber.TryParse(call.Extension, out ExtensionNumber number) && directory.FindExtension(number) is not null, entity,
                "extension must be the extended number of an extension of the seed, the one charged for the call");
            Extension charged = directory.FindExtension(number)!;
            User owner = directory.FindUser(charged.OwnerUserId)!;
            List<PhoneAddress> sources = Phones(call.Source, "source", entity, directory);
            List<PhoneAddress> destinations = Phones(call.Destination, "destination", entity, directory);
            Require(!sources.Intersect(destinations).Any(), entity, "a number is both a source and a destination");
            Require(EnumNames.TryParse(call.State, out CallPhase phase) && States.Contains(phase), entity,
                "state must be ringingSources, ringingDestination or connected");
            Require(call.CallerId is null || CallerId.IsCallerId(call.CallerId), entity, $"callerId must look like \"{CallerId.Format}\"");
            Require(call.CallerIdDestination is null || CallerId.IsCallerId(call.CallerIdDestination), entity, $"callerIdDestination must look like \"{CallerId.Format}\"");
            Require(call.PublishedSecondsAgo is >= 0 and <= MaxAgeSeconds, entity, "publishedSecondsAgo must be between 0 and 31622400");
            Require(call.AnsweredSecondsAgo is null || (phase == CallPhase.Connected && call.AnsweredSecondsAgo >= 0 && call.AnsweredSecondsAgo <= call.PublishedSecondsAgo), entity,
                "answeredSecondsAgo is for a connected call, and cannot be more than publishedSecondsAgo");
            Require(call.WaitForPickupSeconds is null || (phase != CallPhase.Connected && call.WaitForPickupSeconds is > 0 and <= 86400), entity,
                "waitForPickupSeconds is for a ringing call, between 1 and 86400, or absent to ring until something else happens");
            Require(call.CallDurationSeconds is null or (> 0 and <= 604800), entity, "callDurationSeconds must be between 1 and 604800, or absent to last until hung up");
            Require(call.Nonce is null || (call.Nonce.Length is > 0 and <= 128 && calls.TrueForAll(c => c.Nonce != call.Nonce)), entity, "nonce must be 1 to 128 characters, unique");

            IEnumerable<PhoneAddress> answered = phase == CallPhase.Connected ? [sources[0], destinations[0]] : phase == CallPhase.RingingDestination ? [sources[0]] : [];
            foreach (PhoneAddress phone in answered.Where(p => p.Kind != PhoneAddressKind.Sandbox))
            {
                List<CallId> talking = answeredPhones.TryGetValue(phone.Value, out List<CallId>? known) ? known : answeredPhones[phone.Value] = [];
                int lines = phones.LinesOf(phone);
                Require(talking.Count < lines, entity, string.Create(CultureInfo.InvariantCulture,
                    $"{phone} is answered in call {talking.FirstOrDefault()} too; a phone talks on {(lines == 1 ? "one call" : $"{lines} calls")} at a time, as many as its lines (it may ring for others)"));
                talking.Add(new CallId(call.Id!));
            }

            CallerId sourceCallerId = CallerId.TryParse(call.CallerId, out CallerId? given) ? given : charged.CallerId;
            calls.Add(new SeededCall(
                new CallId(call.Id!),
                number,
                owner.Id,
                directory.FindOrganization(owner.OrganizationId)!,
                sources,
                destinations,
                sourceCallerId,
                CallerId.TryParse(call.CallerIdDestination, out CallerId? shown) ? shown : sourceCallerId,
                phase,
                TimeSpan.FromSeconds(call.PublishedSecondsAgo),
                TimeSpan.FromSeconds(call.AnsweredSecondsAgo ?? call.PublishedSecondsAgo),
                call.WaitForPickupSeconds is { } wait ? TimeSpan.FromSeconds(wait) : null,
                call.CallDurationSeconds is { } duration ? TimeSpan.FromSeconds(duration) : null,
                call.Nonce));
        }

        return calls;
    }

    private List<PhoneAddress> Phones(List<string>? numbers, string field, string entity, TelephonyDirectory directory)
    {
        Require(numbers is { Count: > 0 and <= MaxNumbers }, entity, string.Create(CultureInfo.InvariantCulture, $"{field} must be a list of 1 to {MaxNumbers} numbers"));
        List<PhoneAddress> phones = [];
        foreach (string text in numbers!)
        {
            DialedNumber? dialed = DialedNumber.Parse(text);
            Require(dialed is { Kind: not DialedNumberKind.Short }, entity, $"{field} '{text}' is not an extended number (0003*210) or a public number (3235742879)");
            PhoneAddress phone;
            if (dialed!.Value.Kind == DialedNumberKind.Public)
            {
                phone = PhoneAddress.ForPublic(dialed.Value.Text);
            }
            else
            {
                Require(ExtensionNumber.TryParse(dialed.Value.Text, out ExtensionNumber number) && directory.Exists(number), entity, $"{field} {number} is no extension or sandbox of the seed");
                phone = directory.IsSandbox(number) ? PhoneAddress.ForSandbox(number) : PhoneAddress.ForExtension(number);
            }

            Require(!phones.Contains(phone), entity, $"{field} names {phone} twice");
            phones.Add(phone);
        }

        return phones;
    }

    private void Require(bool condition, string entity, string problem)
    {
        if (!condition)
        {
            throw new SeedException($"seed {source}: {entity}: {problem}.");
        }
    }
}
