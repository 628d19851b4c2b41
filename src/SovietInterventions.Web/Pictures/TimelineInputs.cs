namespace SovietInterventions.Web.Pictures;

/// <summary>
/// One episode on the timeline. <paramref name="End"/> is inclusive. When a date is known only
/// to the year, pass 1 January (start) or 31 December (end) of that year and set the flag:
/// the year is then drawn with a soft edge.
/// </summary>
public sealed record TimelineBar(
    string Href,
    string Title,
    string DateLabel,
    DateOnly Start,
    DateOnly End,
    bool StartYearOnly,
    bool EndYearOnly,
    string Kind,
    string Group);

/// <summary>A context event (for example a treaty or a war), drawn as a small diamond on its own row.</summary>
public sealed record TimelineMark(string Href, string Label, DateOnly Date);
