using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.PlainText;

/// <summary>
/// Parses a scraped plain-text article: the first line is the title, long lines are run-on prose
/// split into sentences, short lines without a full stop are image captions, and a navigation-box
/// dump (link titles glued together) is recognised and dropped so it never becomes prose.
/// </summary>
public static class PlainTextArticleParser
{
    public static ParsedDocument Parse(SourceText source)
    {
        var lines = source.Text.Split('\n');
        var blocks = new List<Block>();
        var warnings = new List<string>();
        string? title = null;
        Heading[] headings = [];
        // Short one-sentence lines are captions only beside a run-on body of prose; otherwise they are the prose.
        var hasRunOnProse = lines.Skip(1).Any(l => ProseText.SplitSentences(l).Count >= 2);

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var lineNumber = i + 1;
            if (line.Length == 0) continue;

            if (title is null)
            {
                title = ProseText.RemoveCitations(line);
                headings = [new Heading(title, 1, lineNumber)];
                blocks.Add(new Block(PassageKind.Heading, title, lineNumber, headings, 1));
                continue;
            }

            if (NavigationBox.Looks(line))
            {
                warnings.Add($"{source.FileName}:{lineNumber}: navigation-box dump of {line.Length} characters left out of the prose.");
                continue;
            }

            if (hasRunOnProse && IsCaption(line))
            {
                blocks.Add(new Block(PassageKind.Caption, ProseText.RemoveCitations(line), lineNumber, headings));
                continue;
            }

            foreach (var sentence in ProseText.SplitSentences(line))
                blocks.Add(new Block(PassageKind.Paragraph, sentence, lineNumber, headings));
        }

        return new ParsedDocument(source.FileName, title ?? Path.GetFileNameWithoutExtension(source.FileName), SourceFormat.PlainText, blocks, warnings)
        {
            Sha256 = source.Sha256,
        };
    }

    // A caption is one short line; prose runs on for several sentences.
    private static bool IsCaption(string line) =>
        line.Length <= 300 && ProseText.SplitSentences(line).Count <= 1;
}
