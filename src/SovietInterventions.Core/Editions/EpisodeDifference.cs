using DiffPlex;

namespace SovietInterventions.Core.Editions;

public enum LineChange { Unchanged, Added, Removed }

public sealed record DiffLine(LineChange Change, string Text);

/// <summary>One part of an episode (its dates, its countries, its passages...) as it changed between two editions.</summary>
public sealed record FieldDifference(string Field, IReadOnlyList<DiffLine> Lines)
{
    public bool Changed => Lines.Any(l => l.Change != LineChange.Unchanged);
}

/// <summary>How an episode differs between an older and a newer edition; either side may be missing.</summary>
public sealed record EpisodeDifference(EpisodeSnapshot? Old, EpisodeSnapshot? New, IReadOnlyList<FieldDifference> Fields)
{
    public string Slug => (New ?? Old)!.Slug;
    public string Title => (New ?? Old)!.Title;
    public bool Added => Old is null;
    public bool Removed => New is null;
    public bool Changed => Added || Removed || Fields.Any(f => f.Changed);

    public static EpisodeDifference Between(EpisodeSnapshot? old, EpisodeSnapshot? @new)
    {
        if (old is null && @new is null) throw new ArgumentException("Nothing to compare.");
        var fields = new List<FieldDifference>
        {
            Lines("Title", [old?.Title], [@new?.Title]),
            Lines("Dates", [old is null ? null : DatesOf(old)], [@new is null ? null : DatesOf(@new)]),
            Lines("Kind", [old?.Kind], [@new?.Kind]),
            Lines("Summary", [old?.Summary], [@new?.Summary]),
            Lines("Countries", old?.Countries, @new?.Countries),
            Lines("People and organizations", old?.Actors, @new?.Actors),
            Lines("Events", old?.Events, @new?.Events),
            Lines("Passages", old?.Passages, @new?.Passages),
        };
        return new EpisodeDifference(old, @new, fields);
    }

    static string DatesOf(EpisodeSnapshot e) => e.End is null || e.End == e.Start ? e.Start : $"{e.Start} to {e.End}";

    static readonly Differ Differ = new();

    // A line diff in reading order: unchanged lines stay in place, removed ones come before what replaced them.
    static FieldDifference Lines(string field, IReadOnlyList<string?>? old, IReadOnlyList<string?>? @new)
    {
        var before = OneLineEach(old);
        var after = OneLineEach(@new);
        var result = Differ.CreateDiffs(string.Join('\n', before), string.Join('\n', after), ignoreWhiteSpace: false, ignoreCase: false, new NewlineChunker());
        var lines = new List<DiffLine>();
        var at = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; at < block.InsertStartB; at++) lines.Add(new DiffLine(LineChange.Unchanged, after[at]));
            for (var i = 0; i < block.DeleteCountA; i++) lines.Add(new DiffLine(LineChange.Removed, before[block.DeleteStartA + i]));
            for (var i = 0; i < block.InsertCountB; i++) lines.Add(new DiffLine(LineChange.Added, after[block.InsertStartB + i]));
            at = block.InsertStartB + block.InsertCountB;
        }
        for (; at < after.Length; at++) lines.Add(new DiffLine(LineChange.Unchanged, after[at]));
        return new FieldDifference(field, lines);
    }

    static string[] OneLineEach(IReadOnlyList<string?>? lines) =>
        [.. (lines ?? []).OfType<string>().Select(l => l.ReplaceLineEndings(" "))];

    // DiffPlex's own line chunker reads an empty text as one empty line; no lines should be no lines.
    sealed class NewlineChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
    }
}
