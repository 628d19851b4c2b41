namespace SovietInterventions.Core.Model;

public enum SourceFormat { Markdown, WikiText, PlainText, Html, Org, Rst, Subtitles, Delimited, LaTeX, AsciiDoc, Notebook, Rtf, BibTeX, Gift, TiddlyWiki, Tei, WikiExport, Feed, Outline, Messages, Xml, Calendar, Yaml, Sql, Localisation, Patch, Word, GeoJson, Jats, Typst, BBCode, Gemtext, Spreadsheet, Report, Ris, Ocr, Textile, Odt }

public enum PassageKind { Paragraph, ListItem, Heading, Caption }

public enum EpisodeKind { Invasion, Occupation, Coup, CovertOperation, MilitaryAid, InsurgencySupport, Blockade, War }

/// <summary>Target: the Soviet action was against its government or territory. SupportedGovernment: the Soviet side aided its
/// government. Participant: the text says its forces took part on the Soviet side.</summary>
public enum CountryRole { Target, Participant, SupportedGovernment }

/// <summary>Whose side the Soviet Union took; an occupation takes no local side.</summary>
public enum SovietSide { Government, Opposition, Faction, Occupation }

/// <summary>The infobox's fields beside an episode's lead; each row names its passage.</summary>
public enum InfoboxField { Place, Side, SovietForces, SovietCommanders, Opponents, Result }

public enum ActorType { Person, Organization, ArmedForce, Party, StateBody }

public sealed class SourceDocument
{
    public int Id { get; set; }
    /// <summary>URL segment for /sources/{slug}: the file name without its extension.</summary>
    public required string Slug { get; set; }
    public required string FileName { get; set; }
    public required string Title { get; set; }
    public SourceFormat Format { get; set; }
    /// <summary>Where the document came from and under which licence (seeds/sources.json or front matter), when known.</summary>
    public string? Url { get; set; }
    public string? Author { get; set; }
    public string? Licence { get; set; }
    public string? RetrievedOn { get; set; }
    public required string Sha256 { get; set; }
    public List<Passage> Passages { get; set; } = [];
}

public sealed class Passage
{
    public int Id { get; set; }
    public int SourceDocumentId { get; set; }
    public SourceDocument SourceDocument { get; set; } = null!;
    /// <summary>Headings from the document title down, joined by " › ".</summary>
    public required string SectionPath { get; set; }
    public PassageKind Kind { get; set; }
    public required string Text { get; set; }
    /// <summary>Order of the passage within its document, from 1; also its anchor (#p12).</summary>
    public int Position { get; set; }
    /// <summary>Line of the source file the passage starts on, from 1.</summary>
    public int Line { get; set; }
    /// <summary>Nesting depth of a list item (0 for top-level items and for prose).</summary>
    public int Depth { get; set; }
    public int? EpisodeId { get; set; }
    public Episode? Episode { get; set; }
}

public sealed class Episode
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    /// <summary>The descriptive title for a syllabus ("Soviet invasion of Hungary (1956)") or the sources' own name.</summary>
    public required string Title { get; set; }
    /// <summary>The short form for lists and the timeline ("Hungary (1956)").</summary>
    public required string ShortTitle { get; set; }
    /// <summary>The sources' own name for the episode ("Winter War"), when they give one.</summary>
    public string? CommonName { get; set; }
    public EpisodeKind Kind { get; set; }
    /// <summary>Whose side the Soviet Union took, when a source says; see the Side row of <see cref="Infobox"/>.</summary>
    public SovietSide? Side { get; set; }
    public required string Start { get; set; }
    public string? End { get; set; }
    public int StartYear { get; set; }
    public int EndYear { get; set; }
    public required string Summary { get; set; }
    /// <summary>Where sources disagree (for example a heading's years against the years in its text), in plain words.</summary>
    public string? Discrepancy { get; set; }
    public List<Passage> Passages { get; set; } = [];
    /// <summary>Passages another episode owns that also tell this one (a line naming two interventions): sources, not facts.</summary>
    public List<SharedPassage> SharedPassages { get; set; } = [];
    public List<EpisodeCountry> Countries { get; set; } = [];
    public List<EpisodeActor> Actors { get; set; } = [];
    public List<DatedEvent> Events { get; set; } = [];
    /// <summary>One to three sentences saying what the Soviet side did, to whom and when, in time order.</summary>
    public List<LeadSentence> Lead { get; set; } = [];
    public List<InfoboxEntry> Infobox { get; set; } = [];
    /// <summary>The episode's passages in the order its page tells them, repeats folded (see <see cref="NarrativeEntry"/>).</summary>
    public List<NarrativeEntry> Narrative { get; set; } = [];

    public PartialDate StartDate => PartialDate.ParseIso(Start);
    public PartialDate? EndDate => End is null ? null : PartialDate.ParseIso(End);
}

public sealed class Country
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Iso3 { get; set; }
    public bool IsHistorical { get; set; }
    public required string Region { get; set; }
    /// <summary>Why a historical state cannot be drawn on its successors' territory, when it cannot.</summary>
    public string? NotOnMap { get; set; }
    public List<CountryAlias> Aliases { get; set; } = [];
    public List<CountrySuccession> Successors { get; set; } = [];
    public List<CountrySuccession> Predecessors { get; set; } = [];
    public List<EpisodeCountry> Episodes { get; set; } = [];
}

public sealed class CountryAlias
{
    public int Id { get; set; }
    public int CountryId { get; set; }
    public required string Name { get; set; }
}

public sealed class CountrySuccession
{
    public int HistoricalId { get; set; }
    public Country Historical { get; set; } = null!;
    public int SuccessorId { get; set; }
    public Country Successor { get; set; } = null!;
}

public sealed class EpisodeCountry
{
    public int EpisodeId { get; set; }
    public Episode Episode { get; set; } = null!;
    public int CountryId { get; set; }
    public Country Country { get; set; } = null!;
    public CountryRole Role { get; set; }
    public int? PassageId { get; set; }
}

public sealed class Actor
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public ActorType Type { get; set; }
    public string? Description { get; set; }
    /// <summary>Found by how the text introduces it, not from the reviewed gazetteer; listed for a curator after each import.</summary>
    public bool Discovered { get; set; }
    public List<ActorAlias> Aliases { get; set; } = [];
    public List<EpisodeActor> Episodes { get; set; } = [];
}

public sealed class ActorAlias
{
    public int Id { get; set; }
    public int ActorId { get; set; }
    public required string Name { get; set; }
}

public sealed class EpisodeActor
{
    public int EpisodeId { get; set; }
    public Episode Episode { get; set; } = null!;
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    /// <summary>What the text says the actor did in the episode ("leader deposed"), or "involved".</summary>
    public required string Role { get; set; }
    /// <summary>Named only in background or commentary, outside the episode's years, or (a unit in a war) without its side: listed apart as "also mentioned".</summary>
    public bool AlsoMentioned { get; set; }
    public int? PassageId { get; set; }
    /// <summary>Set by the importer only (not mapped): the passage whose id becomes <see cref="PassageId"/>.</summary>
    public Passage? Passage { get; set; }
}

public sealed class LeadSentence
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public int Order { get; set; }
    public required string Text { get; set; }
    public int PassageId { get; set; }
    public Passage Passage { get; set; } = null!;
}

public sealed class InfoboxEntry
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public InfoboxField Field { get; set; }
    public int Order { get; set; }
    public required string Value { get; set; }
    public int PassageId { get; set; }
    public Passage Passage { get; set; } = null!;
}

public sealed class DatedEvent
{
    public int Id { get; set; }
    public required string Date { get; set; }
    public int Year { get; set; }
    public required string Text { get; set; }
    /// <summary>Null for context events (a treaty from the notes) that belong to no episode.</summary>
    public int? EpisodeId { get; set; }
    public Episode? Episode { get; set; }
    public int? PassageId { get; set; }
    /// <summary>Set by the importer only (not mapped): the passage whose id becomes <see cref="PassageId"/>.</summary>
    public Passage? Passage { get; set; }

    /// <summary>Episodes a context event mentions (a pact's countries at the pact's date).</summary>
    public List<EventLink> RelatedEpisodes { get; set; } = [];

    /// <summary>Further passages that tell the same event, in order (the event's own passage is the first source).</summary>
    public List<EventSource> FurtherSources { get; set; } = [];

    public PartialDate PartialDate => PartialDate.ParseIso(Date);
}

/// <summary>A further passage telling an event, which the import folded into one (two sources of one day's act).</summary>
public sealed class EventSource
{
    public int EventId { get; set; }
    /// <summary>From 1: the event's second source, its third...</summary>
    public int Order { get; set; }
    public int PassageId { get; set; }
    public Passage Passage { get; set; } = null!;
}

/// <summary>
/// One of an episode's passages in its narrative, as the import arranged it: shown in <see cref="Order"/>, the episode's own
/// run first and passages from elsewhere under their section's heading, or, when it says again what another passage says,
/// cited beside that one (<see cref="RepeatOfPassageId"/>) instead of shown.
/// </summary>
public sealed class NarrativeEntry
{
    public int Id { get; set; }
    public int EpisodeId { get; set; }
    public int Order { get; set; }
    public int PassageId { get; set; }
    public Passage Passage { get; set; } = null!;
    /// <summary>Taken from another section than the episode's own: shown under that section's heading.</summary>
    public bool Elsewhere { get; set; }
    /// <summary>The shown passage this one repeats, or null for a shown passage.</summary>
    public int? RepeatOfPassageId { get; set; }
    /// <summary>Set by the importer only (not mapped): the passage whose id becomes <see cref="RepeatOfPassageId"/>.</summary>
    public Passage? RepeatOf { get; set; }
}

public sealed class EventLink
{
    public int EventId { get; set; }
    public DatedEvent Event { get; set; } = null!;
    public int EpisodeId { get; set; }
    public Episode Episode { get; set; } = null!;
}

/// <summary>A passage that tells an episode besides the one it belongs to.</summary>
public sealed class SharedPassage
{
    public int EpisodeId { get; set; }
    public Episode Episode { get; set; } = null!;
    public int PassageId { get; set; }
    public Passage Passage { get; set; } = null!;
}

public enum SlugEntity { Episode, Country, Actor, Source }

/// <summary>Every slug an entity ever had, so that old links answer 301 to the current page.</summary>
public sealed class SlugRedirect
{
    public int Id { get; set; }
    public SlugEntity Entity { get; set; }
    public required string OldSlug { get; set; }
    public required string CurrentSlug { get; set; }
}

/// <summary>One row describing the import that built the database.</summary>
public sealed class ImportInfo
{
    public int Id { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>Hash of the seed files' names and contents; the web app re-imports when the seeds change.</summary>
    public required string SeedsHash { get; set; }
    public int Warnings { get; set; }
}
