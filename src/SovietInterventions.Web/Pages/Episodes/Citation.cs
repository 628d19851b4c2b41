using System.Globalization;
using System.Text;

namespace SovietInterventions.Web.Pages.Episodes;

/// <summary>"Cite this page" in the four styles students are asked for, as plain text ready to copy.</summary>
public sealed record Citation(string Apa, string Mla, string Chicago, string BibTex)
{
    public const string SiteName = "Soviet Interventions 1918–1991";

    public static Citation For(string title, string slug, string url, DateOnly updated, DateOnly accessed) => new(
        Apa: $"{title}. ({updated.Year}, {UsMonthDay(updated)}). In {SiteName}. Retrieved {UsMonthDay(accessed)}, {accessed.Year}, from {url}",
        Mla: $"\u201c{title}.\u201d {SiteName}, {MlaDate(updated)}, {url}. Accessed {MlaDate(accessed)}.",
        Chicago: $"\u201c{title}.\u201d {SiteName}. Last modified {UsMonthDay(updated)}, {updated.Year}. Accessed {UsMonthDay(accessed)}, {accessed.Year}. {url}.",
        BibTex: BibTexEntry(title, slug, url, updated, accessed, edition: null));

    /// <summary>The version read: the edition's permanent link and date, which will show the same text for years.</summary>
    public static Citation ForEdition(string title, string slug, string permanentUrl, string edition, DateOnly published, DateOnly accessed) => new(
        Apa: $"{title}. ({published.Year}, {UsMonthDay(published)}). In {SiteName} (Edition {edition}). Retrieved {UsMonthDay(accessed)}, {accessed.Year}, from {permanentUrl}",
        Mla: $"\u201c{title}.\u201d {SiteName}, edition {edition}, {MlaDate(published)}, {permanentUrl}. Accessed {MlaDate(accessed)}.",
        Chicago: $"\u201c{title}.\u201d {SiteName}, edition {edition}. {UsMonthDay(published)}, {published.Year}. Accessed {UsMonthDay(accessed)}, {accessed.Year}. {permanentUrl}.",
        BibTex: BibTexEntry(title, slug, permanentUrl, published, accessed, edition));

    static string BibTexEntry(string title, string slug, string url, DateOnly updated, DateOnly accessed, string? edition) => string.Join('\n',
        new[]
        {
            "@misc{" + BibTexKey(slug, updated) + ",",
            "  title = {" + BibTexEscape(title) + "},",
            // Double braces keep BibTeX from reading the site's name as a person's name.
            "  author = {{" + BibTexEscape(SiteName) + "}},",
            $"  year = {{{updated.Year}}},",
            edition is null ? null : $"  month = {{{updated.Month}}},",
            edition is null ? null : "  edition = {" + BibTexEscape(edition) + "},",
            "  howpublished = {\\url{" + url + "}},",
            $"  note = {{Accessed {accessed:yyyy-MM-dd}}}",
            "}",
        }.OfType<string>());

    static string MonthName(DateOnly day) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month);

    static string UsMonthDay(DateOnly day) => $"{MonthName(day)} {day.Day}";

    // MLA abbreviates months of more than four letters: "25 Nov. 2026", but "4 June 2026".
    static string MlaDate(DateOnly day)
    {
        var month = MonthName(day);
        var shortMonth = month.Length <= 4 ? month : month == "September" ? "Sept." : month[..3] + ".";
        return $"{day.Day} {shortMonth} {day.Year}";
    }

    public static string BibTexKey(string slug, DateOnly updated)
    {
        var key = new StringBuilder();
        foreach (var c in slug) if (char.IsAsciiLetterOrDigit(c)) key.Append(c);
        return $"{key}{updated.Year}";
    }

    public static string BibTexEscape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '&' or '%' or '$' or '#' or '_') escaped.Append('\\');
            if (c is '{' or '}') continue;
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
