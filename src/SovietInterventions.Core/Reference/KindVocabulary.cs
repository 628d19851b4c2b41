using System.Text.RegularExpressions;
using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Reference;

/// <summary>How an episode kind reads and looks everywhere: its label, its title phrase, its colour and fill pattern.</summary>
/// <param name="Title">The descriptive title with "{place}" where the target goes ("Soviet invasion of {place}").</param>
public sealed record KindLook(EpisodeKind Kind, string Label, string Title, string Colour, string Pattern)
{
    public const string PlaceSlot = "{place}";
    public const string RecipientSlot = "{recipient}";

    /// <summary>The title when the aid went to a third party, not the place ("Soviet military aid to {recipient} in {place}"), if the kind has one.</summary>
    public string? RecipientTitle { get; init; }

    /// <summary>The act falls on a city as a whole ("Soviet blockade of West Berlin"): a title keeps the city a heading names, where
    /// other kinds name its country (a heading "Prague" for the invasion of Czechoslovakia).</summary>
    public bool TitlesCity { get; init; }
}

/// <summary>
/// The kinds' labels, title phrases, colours and patterns from the kinds entries of data/episode-rules.json, so that a
/// label cannot drift from its colour: the one place pages, timelines, legends and titles read them from.
/// </summary>
public sealed partial class KindVocabulary
{
    /// <summary>Fill patterns a picture knows how to draw.</summary>
    public static readonly IReadOnlyList<string> Patterns = ["plain", "hatch", "dots", "horizontal", "vertical", "cross", "backhatch", "checks"];

    private static readonly Lazy<KindVocabulary> shipped =
        new(() => Load(Path.Combine(AppContext.BaseDirectory, "data")));

    private readonly Dictionary<EpisodeKind, KindLook> looks;

    private KindVocabulary(IEnumerable<KindLook> looks) => this.looks = looks.ToDictionary(l => l.Kind);

    /// <summary>The reviewed vocabulary copied beside the program.</summary>
    public static KindVocabulary Shipped => shipped.Value;

    /// <summary>In the file's order.</summary>
    public IReadOnlyList<KindLook> All => [.. looks.Values];

    public KindLook this[EpisodeKind kind] => looks[kind];

    /// <summary>The kind a name or a label stands for ("MilitaryAid", "Military aid, advisers and deployments"), if any.</summary>
    public KindLook? Find(string nameOrLabel) =>
        Enum.TryParse<EpisodeKind>(nameOrLabel, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? looks[kind]
        : looks.Values.FirstOrDefault(l => string.Equals(l.Label, nameOrLabel, StringComparison.OrdinalIgnoreCase));

    public static KindVocabulary Load(string dataDirectory) =>
        DataFile.Load<EpisodeRulesFile, KindVocabulary>(dataDirectory, EpisodeRulesFile.Name, "kind vocabulary", EpisodeRulesJson.Default.EpisodeRulesFile, file => From(file.Kinds));

    /// <summary>The looks of the kinds entries of episode-rules.json, checked; throws <see cref="InvalidDataException"/> on a bad one.</summary>
    internal static KindVocabulary From(IEnumerable<EpisodeRulesFile.KindEntry> kinds)
    {
        var looks = kinds.Select(Check).ToList();
        var missing = Enum.GetValues<EpisodeKind>().Except(looks.Select(k => k.Kind)).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"no kind entry for {string.Join(", ", missing)}.");
        if (looks.DistinctBy(l => l.Label.ToLowerInvariant()).Count() < looks.Count) throw new InvalidDataException("two kinds share a label.");
        if (looks.DistinctBy(l => (l.Colour.ToLowerInvariant(), l.Pattern)).Count() < looks.Count)
            throw new InvalidDataException("two kinds share a colour and a pattern.");
        return new KindVocabulary(looks);
    }

    private static KindLook Check(EpisodeRulesFile.KindEntry k)
    {
        var kind = Enum.Parse<EpisodeKind>(k.Kind);
        if (string.IsNullOrWhiteSpace(k.Label)) throw new InvalidDataException($"kind {k.Kind} has no label.");
        if (k.Title is null || !k.Title.Contains(KindLook.PlaceSlot, StringComparison.Ordinal))
            throw new InvalidDataException($"kind {k.Kind} has no title with {KindLook.PlaceSlot}.");
        if (k.Colour is null || !ColourPattern().IsMatch(k.Colour)) throw new InvalidDataException($"kind {k.Kind} has no colour like #D55E00.");
        if (k.Pattern is null || !Patterns.Contains(k.Pattern))
            throw new InvalidDataException($"kind {k.Kind} has pattern '{k.Pattern}', not one of {string.Join(", ", Patterns)}.");
        if (k.RecipientTitle is not null && !(k.RecipientTitle.Contains(KindLook.PlaceSlot, StringComparison.Ordinal) && k.RecipientTitle.Contains(KindLook.RecipientSlot, StringComparison.Ordinal)))
            throw new InvalidDataException($"kind {k.Kind} has a recipientTitle without {KindLook.RecipientSlot} and {KindLook.PlaceSlot}.");
        return new KindLook(kind, k.Label, k.Title, k.Colour, k.Pattern) { RecipientTitle = k.RecipientTitle, TitlesCity = k.TitlesCity };
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();
}
