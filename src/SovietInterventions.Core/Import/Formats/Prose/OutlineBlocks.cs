using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Formats.Prose;

/// <summary>
/// The blocks of a line-by-line parsed outline (Org, reStructuredText) under their heading path: a heading replaces
/// those at or below its level; an apparatus section ("Sources", "Further reading") and everything below it goes to
/// <see cref="References"/>, never to the blocks.
/// </summary>
internal sealed class OutlineBlocks
{
    private readonly List<Heading> headings = [];
    private int? referenceLevel;

    public List<Block> Blocks { get; } = [];
    public List<string> References { get; } = [];

    public void AddHeading(string text, int level, int line)
    {
        text = ProseText.RemoveCitations(text);
        if (text.Length == 0) return;
        if (referenceLevel is { } within && level > within) return;
        referenceLevel = null;
        // A top-level heading titles the document; apparatus sits below it.
        if (level > 1 && ReferenceSections.IsReferenceHeading(text))
        {
            referenceLevel = level;
            return;
        }
        headings.RemoveAll(h => h.Level >= level);
        headings.Add(new Heading(text, level, line));
        Blocks.Add(new Block(PassageKind.Heading, text, line, headings.ToArray(), level));
    }

    public void AddText(PassageKind kind, string text, int line, int depth = 0)
    {
        text = ProseText.RemoveCitations(text);
        if (text.Length == 0) return;
        if (referenceLevel is not null) References.Add(text);
        else Blocks.Add(new Block(kind, text, line, headings.ToArray(), depth));
    }

    /// <summary>Ends the sections at this level and below: what follows stands under the headings above them.</summary>
    public void EndSections(int level)
    {
        headings.RemoveAll(h => h.Level >= level);
        // An apparatus section ends with its section: what follows is prose again.
        if (referenceLevel is { } within && within >= level) referenceLevel = null;
    }

    public void AddReference(string text)
    {
        text = ProseText.RemoveCitations(text);
        if (text.Length > 0) References.Add(text);
    }
}
