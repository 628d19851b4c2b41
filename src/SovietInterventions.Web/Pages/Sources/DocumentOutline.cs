using SovietInterventions.Core.Model;

namespace SovietInterventions.Web.Pages.Sources;

/// <summary>A source document's passages arranged for reading: headings in order, list items nested by depth.</summary>
public sealed class DocumentOutline
{
    public sealed record Passage(int Position, PassageKind Kind, string Text, int Depth, string? EpisodeSlug, string? EpisodeTitle)
    {
        /// <summary>Set on the first passage of a run belonging to one episode, where the link to the episode goes.</summary>
        public bool StartsEpisode { get; init; }
    }

    public abstract record Block;
    public sealed record Heading(Passage Passage, int Level) : Block;
    public sealed record Text(Passage Passage) : Block;
    public sealed record ItemList(IReadOnlyList<ListEntry> Items) : Block;
    public sealed record ListEntry(Passage Passage, IReadOnlyList<ListEntry> Children);

    /// <summary>The first passage when it only repeats the document title; the page's h1 carries its anchor.</summary>
    public Passage? TitlePassage { get; }
    public IReadOnlyList<Block> Blocks { get; }

    public DocumentOutline(string title, IReadOnlyList<Passage> passages)
    {
        var marked = MarkEpisodeStarts(passages);
        if (marked.Count > 0 && marked[0].Kind == PassageKind.Heading && marked[0].Text.Trim() == title.Trim())
        {
            TitlePassage = marked[0];
            marked = marked[1..];
        }
        Blocks = Arrange(marked);
    }

    static List<Passage> MarkEpisodeStarts(IReadOnlyList<Passage> passages) =>
        [.. passages.Select((p, i) => p with
        {
            StartsEpisode = p.EpisodeSlug is not null && (i == 0 || passages[i - 1].EpisodeSlug != p.EpisodeSlug),
        })];

    static List<Block> Arrange(List<Passage> passages)
    {
        var blocks = new List<Block>();
        // Source heading levels skip (## then ####); the page's levels must not, so each
        // heading goes one level below the nearest shallower heading before it.
        var open = new Stack<(int Source, int Page)>();
        for (var i = 0; i < passages.Count;)
        {
            var p = passages[i];
            switch (p.Kind)
            {
                case PassageKind.Heading:
                    while (open.Count > 0 && open.Peek().Source >= p.Depth) open.Pop();
                    var level = Math.Min(open.Count > 0 ? open.Peek().Page + 1 : 2, 6);
                    open.Push((p.Depth, level));
                    blocks.Add(new Heading(p, level));
                    i++;
                    break;
                case PassageKind.ListItem:
                    var end = i;
                    while (end < passages.Count && passages[end].Kind == PassageKind.ListItem) end++;
                    var items = passages[i..end];
                    var index = 0;
                    blocks.Add(new ItemList(Nest(items, ref index, items.Min(x => x.Depth))));
                    i = end;
                    break;
                default:
                    blocks.Add(new Text(p));
                    i++;
                    break;
            }
        }
        return blocks;
    }

    static List<ListEntry> Nest(List<Passage> items, ref int index, int depth)
    {
        var entries = new List<(Passage Passage, List<ListEntry> Children)>();
        while (index < items.Count && items[index].Depth >= depth)
        {
            if (items[index].Depth > depth && entries.Count > 0)
                entries[^1].Children.AddRange(Nest(items, ref index, items[index].Depth));
            else
                entries.Add((items[index++], []));
        }
        return [.. entries.Select(e => new ListEntry(e.Passage, e.Children))];
    }
}
