namespace SovietInterventions.Core.Import.Formats.WikiText;

/// <summary>
/// Where each "{{…}}" template and "[[…]]" link of a wiki text closes. The brackets are paired once with a stack,
/// so asking is a look-up and the whole reading stays linear in the input; an unpaired "{{" or "[[" is no markup.
/// </summary>
internal sealed class WikiBrackets(string text)
{
    private readonly Dictionary<int, int> templateEnds = Pairs(text, '{', '}');
    private readonly Dictionary<int, int> linkEnds = Pairs(text, '[', ']');

    /// <summary>Where the template opening at i ends (after its "}}"), or null when none opens there or it runs past end.</summary>
    public int? TemplateEnd(int i, int end) => text[i] == '{' && templateEnds.TryGetValue(i, out var close) && close <= end ? close : null;

    /// <summary>Where the link opening at i ends (after its "]]"), or null when none opens there or it runs past end.</summary>
    public int? LinkEnd(int i, int end) => text[i] == '[' && linkEnds.TryGetValue(i, out var close) && close <= end ? close : null;

    /// <summary>The top-level '|' positions between start and end (not those inside nested templates or links).</summary>
    public List<int> Pipes(int start, int end)
    {
        var pipes = new List<int>();
        for (var i = start; i < end; i++)
        {
            if (TemplateEnd(i, end) is { } template) i = template - 1;
            else if (LinkEnd(i, end) is { } link) i = link - 1;
            else if (text[i] == '|') pipes.Add(i);
        }
        return pipes;
    }

    // Matching "{{…}}" (or "[[…]]") pairs by their opening index, found with one stack pass.
    private static Dictionary<int, int> Pairs(string text, char open, char close)
    {
        var ends = new Dictionary<int, int>();
        var opens = new Stack<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == open && text[i + 1] == open) { opens.Push(i); i++; }
            else if (text[i] == close && text[i + 1] == close && opens.Count > 0) { ends[opens.Pop()] = i + 2; i++; }
        }
        return ends;
    }
}
