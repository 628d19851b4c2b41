using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Dates;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Import.Mentions;

/// <summary>A block of a parsed document on its way to becoming a Passage, with what was found in it.</summary>
public sealed class PassageDraft
{
    public required ParsedDocument Document { get; init; }
    public required Block Block { get; init; }
    /// <summary>1-based order within its document.</summary>
    public required int Position { get; init; }
    public IReadOnlyList<DatePhrase> Dates { get; init; } = [];
    public IReadOnlyList<CountryMention> Countries { get; init; } = [];
    public IReadOnlyList<ActorMention> Actors { get; init; } = [];

    public string Text => Block.Text;
    public bool IsHeading => Block.Kind == Model.PassageKind.Heading;
    public string SectionPath => string.Join(" › ", Block.Headings.Select(h => h.Text));

    /// <summary>Years this passage names, from its dated phrases (a range gives both ends).</summary>
    public IEnumerable<(int From, int To)> YearSpans => Dates.Select(Span);

    /// <summary>The years the passage tells: a year that qualifies a noun ("to redress the 1940 treaty") is another event's, not its own time.</summary>
    public List<(int From, int To)> OwnYears => Dates.Where(d => !d.Attributive).Select(Span).ToList();

    private static (int From, int To) Span(DatePhrase date) => (date.Start.Year, (date.End ?? date.Start).Year);
}
