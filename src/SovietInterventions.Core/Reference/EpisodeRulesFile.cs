using System.Text.Json.Serialization;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// data/episode-rules.json as written. An import reads it once: <see cref="EpisodeRules"/> takes the words and
/// <see cref="KindVocabulary"/> the kinds' labels, titles and looks from the same record.
/// </summary>
internal sealed record EpisodeRulesFile(
    List<EpisodeRulesFile.KindEntry> Kinds, string DefaultKind, List<string> InterventionWords, List<string> ParticipantWords,
    List<string> ContextEventWords, List<string> AgentWords)
{
    public const string Name = "episode-rules.json";

    /// <summary>Nouns besides the context-event words whose date is their own time ("the 9 September Party Congress").</summary>
    public List<string>? TimedThings { get; init; }

    /// <summary>Intervention words that name an act as a noun ("invasion"), which "the" can point back with.</summary>
    public List<string>? ActNouns { get; init; }

    /// <summary>Words that open a sentence on what it sets aside ("Apart from the division of Germany, …").</summary>
    public List<string>? AsideOpeners { get; init; }

    internal sealed record KindEntry(
        string Kind, string Label, List<string> Words, string? Title, string? Colour, string? Pattern, string? RecipientTitle, bool TitlesCity = false);
}

/// <summary>The generated reader of <see cref="EpisodeRulesFile"/>; field names match in any case.</summary>
[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(EpisodeRulesFile))]
internal sealed partial class EpisodeRulesJson : JsonSerializerContext;
