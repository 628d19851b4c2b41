using System.Text.Json.Serialization;

namespace SovietInterventions.Core.Import.Claims;

/// <summary>
/// The other tenses of an act phrase listed in one ("carried" → "carry", "carries", "carrying"; "pulled out" → "pulls out"):
/// its first word, when a regular past in -ed or one of the irregular verbs of data/verb-forms.json, is inflected and the rest
/// kept. Notes and summaries are written in the present tense, so a rule listed in the past must match it too.
/// Forms of data/verb-forms.json's <c>notForms</c> ("back" of "backed": "came back") are never made.
/// </summary>
internal sealed partial class VerbForms
{
    private readonly Dictionary<string, string[]> irregular = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> notForms;
    private readonly HashSet<string> gerundAfter;

    public VerbForms(IEnumerable<IReadOnlyList<string>> irregularVerbs, IEnumerable<string> notForms, IEnumerable<string>? gerundAfter = null)
    {
        this.gerundAfter = new HashSet<string>(gerundAfter ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var forms in irregularVerbs)
            foreach (var form in forms)
                irregular[form] = [.. forms];
        this.notForms = new HashSet<string>(notForms, StringComparer.OrdinalIgnoreCase);
    }

    public static VerbForms None { get; } = new([], []);

    /// <summary>data/verb-forms.json, or no irregular verbs where a data folder has none (a test's).</summary>
    public static VerbForms Load(string dataDirectory) =>
        !File.Exists(Path.Combine(dataDirectory, FileName)) ? None
            : Reference.DataFile.Load<VerbsFile, VerbForms>(dataDirectory, FileName, "verb forms", VerbsJson.Default.VerbsFile, f =>
            {
                if (f.Irregular is null || f.Irregular.Any(v => v.Count < 2 || v.Any(string.IsNullOrWhiteSpace)))
                    throw new InvalidDataException("irregular needs lists of two or more forms.");
                return new VerbForms(f.Irregular, f.NotForms ?? [], f.GerundAfter ?? []);
            });

    private const string FileName = "verb-forms.json";

    private sealed record VerbsFile(List<List<string>>? Irregular, List<string>? NotForms, List<string>? GerundAfter);

    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(VerbsFile))]
    private sealed partial class VerbsJson : JsonSerializerContext;

    /// <summary>The phrase in every form of its first word, the phrase itself first.</summary>
    public IEnumerable<string> Of(string phrase)
    {
        var trimmed = phrase.Trim();
        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        var rest = space < 0 ? "" : trimmed[space..];
        var forms = irregular.TryGetValue(first, out var listed) ? listed : RegularForms(first);
        return new[] { trimmed }.Concat(forms.Select(f => f + rest).Where(f => !notForms.Contains(f)))
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>False for an -ing form after a preposition ("ways of taking power", "by storming"): a gerund names
    /// the act, it does not state it. Asked only of forms made here; those the rules list themselves always count.</summary>
    public bool States(string text, int at, string phrase)
    {
        if (!phrase.Split(' ', 2)[0].EndsWith("ing", StringComparison.OrdinalIgnoreCase)) return true;
        var before = text[..at].TrimEnd();
        return !gerundAfter.Contains(before[(before.LastIndexOf(' ') + 1)..]);
    }

    // "carried" → carry, carries, carrying; "moved" → move, moves, moving; "kidnapped" → kidnap, kidnaps, kidnapping.
    // Where the stem is unsure ("mov"/"move", "pull"/"pul"), both are made: the one that is no word never occurs.
    private static IEnumerable<string> RegularForms(string word)
    {
        if (word.Length < 5 || !word.EndsWith("ed", StringComparison.Ordinal) || !word.All(char.IsLetter)) return [];
        var stem = word[..^2];
        if (stem.EndsWith('i')) return [stem[..^1] + "y", stem + "es", stem[..^1] + "ying"];
        var bases = new List<string> { stem, stem + "e" };
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1])) bases.Add(stem[..^1]);
        return bases.SelectMany(b => new[] { b, ThirdPerson(b) }).Append(stem + "ing");
    }

    private static string ThirdPerson(string verb) =>
        verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal)
        || verb.EndsWith("ch", StringComparison.Ordinal) ? verb + "es" : verb + "s";

    private static bool IsVowel(char c) => "aeiou".Contains(c);
}
