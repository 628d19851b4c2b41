namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// Headings of the parts of a document that are apparatus, not narrative ("See also", "References",
/// "Further reading", a note's "Links &amp; Embeds", a news page's "Related stories"): their text goes to the document's references and
/// gives no passages and no dates.
/// </summary>
internal static class ReferenceSections
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "see also", "references", "notes", "footnotes", "notes and references", "references and notes", "citations",
        "further reading", "bibliography", "select bibliography", "external links", "sources", "works cited",
        "sources and further reading", "literature", "links", "embeds", "links & embeds", "links and embeds", "backlinks",
        "reading list", "suggested reading", "recommended reading", "show notes",
        // A textbook's study apparatus: what it asks of the reader, not what happened.
        "key terms", "glossary", "exercises", "questions", "review questions", "discussion questions", "study questions",
        "learning objectives", "learning outcomes", "activities", "check your understanding",
    };

    // A news page's boxes of links to its other articles, which may stand in the middle of an article: apparatus too.
    private static readonly HashSet<string> Promotions = new(StringComparer.OrdinalIgnoreCase)
    {
        "related stories", "related articles", "related", "most read", "most popular", "read more", "more stories", "you may also like",
    };

    // A label that opens a paragraph of sources ("Sources: ..."); "Notes:" often opens narrative in study notes.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "sources", "source", "references", "bibliography", "further reading", "see also", "external links", "citations",
    };

    /// <summary>True for a heading that opens an apparatus section ("References", "Confidential Links &amp; Embeds:").</summary>
    public static bool IsReferenceHeading(string heading)
    {
        var name = Normalise(heading);
        return Names.Contains(name) || Promotions.Contains(name) || IsSourcesToDo(name)
            || name.EndsWith(" links & embeds", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(" links and embeds", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a table's column or a record's field of the works a row comes from ("source", "references", "further
    /// reading"). "Notes", an article's apparatus, heads in a table what its writer noted on the row: prose.</summary>
    public static bool IsSourcesColumn(string header) =>
        header.Length > 0 && !Normalise(header).Equals("notes", StringComparison.OrdinalIgnoreCase)
        && (IsReferenceHeading(header) || StartsWithSourcesLabel(header + ":"));

    /// <summary>True for the heading of a box of links to a page's other articles ("RELATED STORIES"): the box ends at its block's end.</summary>
    public static bool IsPromotionHeading(string heading) => Promotions.Contains(Normalise(heading));

    /// <summary>True for a paragraph that opens with a sources label: "Sources: Wikipedia, ...", "Further reading for staff: ...",
    /// "Further reading on the label: …".</summary>
    public static bool StartsWithSourcesLabel(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > MaxLabel) return false;
        var label = Normalise(text[..colon]);
        return Labels.Contains(label) || Labels.Any(l => LabelPrepositions.Any(p => label.StartsWith($"{l} {p} ", StringComparison.OrdinalIgnoreCase)) && label.Length <= l.Length + 20);
    }

    private const int MaxLabel = 40;

    // "Further reading for staff:", "Further reading on the label:".
    private static readonly string[] LabelPrepositions = ["for", "on", "about"];

    // "Sources to chase", "Reading for the essay", "Literature used": a word for sources first, then only what is done with them
    // ("Reading" alone heads a day's reading notes as often as a list of books).
    private static bool IsSourcesToDo(string name)
    {
        var words = name.Split(' ');
        return words.Length is >= 2 and <= 4 && SourceWords.Contains(words[0]) && Joiners.Contains(words[1]);
    }

    private static readonly HashSet<string> SourceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sources", "reading", "readings", "literature", "bibliography", "references", "books", "works",
    };

    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "for", "used", "cited", "consulted", "read", "list", "and", "&",
    };

    // "🔑 Key terms:" reads "Key terms".
    // "8.0 SELECT BIBLIOGRAPHY", "3. References": a section's number is no part of its name.
    private static string Normalise(string heading) =>
        string.Join(' ', heading.Trim().TrimEnd(':', '.').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .SkipWhile(w => !w.Any(char.IsLetterOrDigit) || w.Any(char.IsDigit) && w.All(c => char.IsDigit(c) || c == '.')));
}
