namespace VoipUapi.Api.Uapi.Faxes;

/// <summary>The fax created (wiki VNUAPI30 "Fax Resource"; the id a number, as the v5 example writes it).</summary>
/// <param name="Recipients">As the request wrote them.</param>
public sealed record CreatedFax(int Id, string Uid, IReadOnlyList<string> Recipients);
