using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Entries;
using SovietInterventions.Core.Import.Episodes;
using SovietInterventions.Core.Import.Mentions;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import;

internal sealed record EpisodeResult(BuiltEpisode Draft, EpisodeFacts Facts);

/// <summary>Everything the import found, in memory, ready to be written.</summary>
internal sealed record ImportModel(
    IReadOnlyList<ParsedDocument> Documents,
    IReadOnlyList<PassageDraft> Passages,
    IReadOnlyList<EpisodeResult> Episodes,
    IReadOnlyList<ContextEventDraft> ContextEvents,
    Gazetteer Gazetteer,
    KindVocabulary KindLooks,
    IReadOnlyList<ActorEntry> LearnedActors,
    IReadOnlyList<string> Warnings);
