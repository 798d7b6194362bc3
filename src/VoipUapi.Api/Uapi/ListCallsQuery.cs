using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <summary>The standard request parameters of a list request, as sent.</summary>
/// <remarks>An empty value (<c>?x=</c>) stays empty, so that it is refused rather than taken for the default.</remarks>
public sealed class ListCallsQuery
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Count { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? StartIndex { get; set; }

    /// <summary><c>id</c> or <c>published</c>.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? FilterBy { get; set; }

    /// <summary><c>equals</c>, <c>contains</c>, <c>startsWith</c>, <c>present</c>, <c>greaterThan</c>, <c>lessThan</c>, <c>inArray</c>.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? FilterOp { get; set; }

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? FilterValue { get; set; }

    /// <summary><c>ascending</c> (default) or <c>descending</c> by publish time.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? SortOrder { get; set; }

    /// <summary>Comma-separated PhoneCall fields to return.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Fields { get; set; }
}
