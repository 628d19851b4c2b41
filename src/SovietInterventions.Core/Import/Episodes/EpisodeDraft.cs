using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Import.Episodes;

/// <summary>An episode being assembled from one or more sources before it is written.</summary>
internal sealed class EpisodeDraft
{
    /// <summary>The place as the source names it ("Estonia, Latvia, Lithuania", "Upper Silesia").</summary>
    public required string Place { get; set; }
    /// <summary>Slugs of the target countries, in the order the source names them.</summary>
    public required List<string> Targets { get; init; }
    public required PartialDate Start { get; set; }
    public required PartialDate End { get; set; }
    /// <summary>The heading's own name for the episode ("Winter War"), when it has one beside its place.</summary>
    public string? CommonName { get; set; }
    /// <summary>Its heading's years are one winter across the turn of a year ("winter 1933–34"): its claims say which year the act began.</summary>
    public bool WinterAcrossYears { get; init; }
    /// <summary>Its heading names the day or month the story began ("Afghanistan, December 1979"), not its period.</summary>
    public bool HeadingStartDate { get; init; }
    /// <summary>Where the episode's dates and place come from ("file: heading"), for disagreements.</summary>
    public List<(string Document, string Source, string Years)> DefinedBy { get; } = [];
    public List<PassageDraft> Passages { get; } = [];
    /// <summary>Passages of other episodes that also tell this one: they list its sources, never give its facts.</summary>
    public List<PassageDraft> SharedPassages { get; } = [];

    public int StartYear => Start.Year;
    public int EndYear => End.Year;

    public bool Overlaps(int from, int to, int slack = 0) => from <= EndYear + slack && to >= StartYear - slack;

    /// <summary>Who holds which passage in this import (<see cref="PassageOwners"/>).</summary>
    public required PassageOwners Owners { get; init; }

    public void Add(PassageDraft passage) => Owners.Give(passage, this);
}
