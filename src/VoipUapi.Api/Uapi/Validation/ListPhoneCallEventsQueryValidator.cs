using VoipUapi.Api.Uapi.CallEvents;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class ListPhoneCallEventsQueryValidator : ListQueryValidator<ListPhoneCallEventsQuery>
{
    public static readonly string[] EventFields = ["type", "id", "method", "note", "url", "status", "modified", "links"];

    public ListPhoneCallEventsQueryValidator()
    {
        ClassLevelCascadeMode = FluentValidation.CascadeMode.Stop;
        PagingRules(q => q.Count, q => q.StartIndex);
        SortOrderRule(q => q.SortOrder);
        FieldsRule(q => q.Fields, EventFields, "PhoneCallEvent");
    }
}
