using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using SovietInterventions.Core.Data;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Web.Pages.Episodes;
using SovietInterventions.Web.Site;

namespace SovietInterventions.Web.Editions;

/// <summary>/episodes/{slug}/cite.ris, cite.bib and cite.json (CSL-JSON), each naming the edition read and its permanent link.</summary>
public static partial class CitationFiles
{
    public static void MapCitationFiles(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in new[] { "", "/editions/{edition}" })
        {
            app.MapGet(prefix + "/episodes/{slug}/cite.ris", (string slug, EncyclopediaDb db, PageCitation citations) =>
                File(slug, db, citations, "application/x-research-info-systems", "ris", Ris));
            app.MapGet(prefix + "/episodes/{slug}/cite.bib", (string slug, EncyclopediaDb db, PageCitation citations) =>
                File(slug, db, citations, "application/x-bibtex", "bib", c => c.Citation.BibTex + "\n"));
            app.MapGet(prefix + "/episodes/{slug}/cite.json", (string slug, EncyclopediaDb db, PageCitation citations) =>
                File(slug, db, citations, "application/vnd.citationstyles.csl+json", "json", CslJson));
        }
    }

    static async Task<IResult> File(string slug, EncyclopediaDb db, PageCitation citations, string contentType, string extension, Func<CitedPage, string> write)
    {
        var title = await db.Episodes.Where(e => e.Slug == slug).Select(e => e.Title).FirstOrDefaultAsync();
        if (title is null) return Results.NotFound();
        var cited = citations.For(title, slug, SitePaths.Episode(slug));
        var name = $"{Citation.BibTexKey(slug, cited.Published)}.{extension}";
        return Results.File(Encoding.UTF8.GetBytes(write(cited)), contentType + "; charset=utf-8", name);
    }

    // RIS lines end in CR LF; the record ends with "ER  - ".
    public static string Ris(CitedPage c) => string.Join("\r\n", new[]
    {
        "TY  - ELEC",
        $"TI  - {c.Title}",
        $"T2  - {Citation.SiteName}",
        $"PB  - {Citation.SiteName}",
        $"PY  - {c.Published.Year}",
        $"DA  - {c.Published:yyyy'/'MM'/'dd}",
        c.Edition is null ? null : $"ET  - {c.Edition.Id}",
        $"UR  - {c.PermanentUrl}",
        $"Y2  - {c.Accessed:yyyy'/'MM'/'dd}",
        c.Edition is null ? null : $"N1  - Current version: {c.CurrentUrl}",
        "ER  - ",
        "",
    }.OfType<string>());

    public static string CslJson(CitedPage c) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object?>
        {
            ["id"] = Citation.BibTexKey(c.Slug, c.Published),
            ["type"] = "webpage",
            ["title"] = c.Title,
            ["container-title"] = Citation.SiteName,
            ["publisher"] = Citation.SiteName,
            ["URL"] = c.PermanentUrl,
            ["version"] = c.Edition?.Id,
            ["issued"] = DateParts(c.Published),
            ["accessed"] = DateParts(c.Accessed),
            ["note"] = c.Edition is null ? null : $"Current version: {c.CurrentUrl}",
        }.Where(p => p.Value is not null).ToDictionary(),
    }, CslOptions.GetTypeInfo(typeof(Dictionary<string, object?>[])));

    static readonly JsonSerializerOptions CslOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CslTypes.Default,
    };

    // The values are strings and the date parts.
    [JsonSerializable(typeof(Dictionary<string, object?>[]))]
    [JsonSerializable(typeof(string))]
    [JsonSerializable(typeof(Dictionary<string, int[][]>))]
    private sealed partial class CslTypes : JsonSerializerContext;

    static Dictionary<string, int[][]> DateParts(DateOnly day) => new() { ["date-parts"] = [[day.Year, day.Month, day.Day]] };
}
