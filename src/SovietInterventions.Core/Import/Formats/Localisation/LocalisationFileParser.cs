using System.Text.RegularExpressions;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Localisation;

/// <summary>
/// Reads a strategy game's localisation file (Paradox's "l_english:" files of Hearts of Iron, Europa Universalis, Crusader Kings,
/// Stellaris: a ".yml" that no YAML reader accepts), where a mod's events tell history: each line is <c>key:0 "text"</c>. An event's
/// title (a key ending ".t", "_NAME", "_title") is a heading, its description and tooltips are paragraphs; the options a player
/// picks (".a", ".b" …) are no account of what happened and are captions. A comment framed by hashes ("### Spain ###") is a section
/// heading, other comments are no prose. Colour codes ("§Y…§!"), icons ("£gold£") and script references ("[Root.GetName]",
/// "$COUNTRY$") are markup, not text; "\n" parts paragraphs. The title is the file's name.
/// </summary>
internal static partial class LocalisationFileParser
{
    /// <summary>Opens with a language key ("l_english:"), and most entries after it are <c>key:0 "text"</c> lines (6: more than a
    /// YAML file's extension says).</summary>
    public static int Likeness(DocumentShape shape)
    {
        if (shape.Lines.Count < 2 || !Language().IsMatch(shape.Lines[0].TrimStart('\uFEFF'))) return 0;
        var entries = shape.Lines.Skip(1).Where(l => !l.StartsWith('#')).ToList();
        return entries.Count > 0 && entries.Count(l => Entry().IsMatch(l)) * 2 > entries.Count ? 6 : 0;
    }

    public static ParsedDocument Parse(SourceText source)
    {
        var title = ArticleTitleOf(source.FileName);
        var outline = new OutlineBlocks();
        outline.AddHeading(title, 1, 1);
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (FramedName(line) is { } name)
                outline.AddHeading(name, 2, i + 1);
            else if (Entry().Match(line) is { Success: true } entry)
                Add(outline, entry.Groups["key"].Value, entry.Groups["text"].Value, i + 1);
        }
        return new ParsedDocument(source.FileName, title, SourceFormat.Localisation, outline.Blocks, [])
        {
            Sha256 = source.Sha256,
            Metadata = new DocumentMetadata { Title = title },
            References = outline.References,
        };
    }

    private static void Add(OutlineBlocks outline, string key, string value, int line)
    {
        var parts = Markup().Replace(value.Replace("\\\"", "\"", StringComparison.Ordinal), "")
            .Split("\\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ProseText.Squash).Where(p => p.Any(char.IsLetterOrDigit)).ToList();
        if (parts.Count == 0) return;
        if (TitleKey().IsMatch(key)) outline.AddHeading(string.Join(' ', parts), 3, line);
        else foreach (var part in parts) outline.AddText(OptionKey().IsMatch(key) ? PassageKind.Caption : PassageKind.Paragraph, part, line);
    }

    // "rur_events_l_english.yml" is "Rur events": the language is the file's, not its subject.
    private static string ArticleTitleOf(string fileName) =>
        PlainText.ArticleTitle.FromFileName(LanguageSuffix().Replace(Path.GetFileNameWithoutExtension(fileName), "") + Path.GetExtension(fileName));

    [GeneratedRegex(@"_l_[a-z_]+$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageSuffix();

    [GeneratedRegex(@"^l_[a-z_]+:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Language();

    // "sov_spain.1.d:0 "…"": a key, an optional version number, and the text in quotes (which may hold escaped quotes).
    [GeneratedRegex(@"^(?<key>[\w.\-]+):\d*\s+""(?<text>(?:[^""\\]|\\.)*)""\s*(?:#.*)?$")]
    private static partial Regex Entry();

    // "### Spain ###": a name between runs of two or more hashes.
    private static string? FramedName(string line)
    {
        if (!line.StartsWith("##", StringComparison.Ordinal) || !line.EndsWith("##", StringComparison.Ordinal)) return null;
        var name = line.Trim('#').Trim();
        return name.Length > 0 && !name.Contains('#') && name.Any(char.IsLetter) ? name : null;
    }

    [GeneratedRegex(@"(?:\.t|_name|_title)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleKey();

    // ".d" is the description; ".a", ".b", ".c" … the options.
    [GeneratedRegex(@"\.[a-ce-z]$")]
    private static partial Regex OptionKey();

    // "§Y" opens a colour and "§!" closes it; "£gold£" is an icon; "[Root.GetName]" and "$COUNTRY$" are filled in by the game.
    [GeneratedRegex(@"§[A-Za-z!]|£[^£\s]*£|\[[A-Za-z_]+\.[A-Za-z_.]+\]|\$[A-Za-z_|]+\$")]
    private static partial Regex Markup();
}
