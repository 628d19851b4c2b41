using SovietInterventions.Core.Model;
using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Turns the names found after titles into actors. Works on sorted sets so that the order in which
/// texts were read never changes the result: a name seen alone ("General Zhang") joins the one
/// learned full name it begins or ends, and a full name's surname becomes an alias when no one
/// else claims it.
/// </summary>
internal static class LearnedPeople
{
    private sealed class Person(string slug)
    {
        public string Slug { get; } = slug;
        public SortedSet<string> Names { get; } = new(StringComparer.Ordinal);
        public Dictionary<ActorTitle, int> Titles { get; } = [];
        /// <summary>The fullest form: most words, then first in ordinal order.</summary>
        public string Name => Names.OrderByDescending(n => n.Split(' ').Length).ThenBy(n => n, StringComparer.Ordinal).First();
        public string[] Words => Name.Split(' ');
    }

    public static List<ActorEntry> From(IEnumerable<PersonCandidate> candidates, Gazetteer gazetteer, IReadOnlyList<string>? introducers = null)
    {
        var people = new SortedDictionary<string, Person>(StringComparer.Ordinal);
        var knownSurnames = KnownSurnames(gazetteer);
        foreach (var candidate in candidates)
        {
            var slug = SlugOf(candidate.Name);
            // A curated actor's alias in full ("Aleksandr Mikhailovich Orlov") is that actor: learned, it would take the name from it.
            if (slug.Length == 0 || gazetteer.Actor(slug) is not null || knownSurnames.Contains(candidate.Name) || IsKnownActor(candidate.Name, gazetteer))
                continue;
            if (!people.TryGetValue(slug, out var person))
                people[slug] = person = new Person(slug);
            person.Names.Add(candidate.Name);
            person.Titles[candidate.Title] = person.Titles.GetValueOrDefault(candidate.Title) + 1;
        }

        var full = people.Values.Where(p => p.Words.Length > 1).ToList();
        foreach (var single in people.Values.Where(p => p.Words.Length == 1).ToList())
        {
            var owners = full.Where(p => p.Words[0] == single.Name || p.Words[^1] == single.Name).ToList();
            if (owners.Count != 1)
                continue;
            owners[0].Names.UnionWith(single.Names);
            foreach (var (title, count) in single.Titles)
                owners[0].Titles[title] = owners[0].Titles.GetValueOrDefault(title) + count;
            people.Remove(single.Slug);
        }

        var surnames = full.Select(p => p.Words[^1]).GroupBy(s => s).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        return [.. people.Values.Select(person => Entry(person, surnames, gazetteer, introducers ?? []))];
    }

    private static ActorEntry Entry(Person person, HashSet<string> uniqueSurnames, Gazetteer gazetteer, IReadOnlyList<string> introducers)
    {
        var aliases = person.Names.Where(n => n != person.Name).ToList();
        var surname = person.Words[^1];
        // "Kong Le": a surname of two letters alone ("Le", "Li") is a common word or a particle more often than this person.
        if (person.Words.Length > 1 && surname.Length > 2 && uniqueSurnames.Contains(surname) && surname.Any(char.IsLower)
            && !aliases.Contains(surname) && !gazetteer.NotNameWords.Contains(surname) && !IsKnownName(surname, gazetteer)
            // "Ehsanullah Khan": a title that ends a name is no one's surname.
            && !gazetteer.Titles.Any(t => t.Title == surname))
            aliases.Add(surname);
        var title = person.Titles.OrderByDescending(t => t.Value).ThenBy(t => t.Key.Title, StringComparer.Ordinal).First().Key;
        // "led by" says nothing about who the person is.
        return new ActorEntry(person.Slug, person.Name, title.Type, aliases, introducers.Contains(title.Title) ? null : title.Title);
    }

    /// <summary>"President Svoboda": a known actor's surname alone, written after a title, is that actor, not someone new.</summary>
    private static HashSet<string> KnownSurnames(Gazetteer gazetteer) =>
        [.. gazetteer.Actors.Where(a => a.Type == ActorType.Person).Select(a => a.Name.Split(' ')[^1])];

    private static bool IsKnownActor(string name, Gazetteer gazetteer)
    {
        var folded = FoldedText.Of(name);
        return gazetteer.ActorNames.LongestAt(folded, 0) is { Value.Actor: not null } known && known.Length == folded.Value.Length;
    }

    private static bool IsKnownName(string word, Gazetteer gazetteer)
    {
        var folded = FoldedText.Of(word);
        return gazetteer.ActorNames.LongestAt(folded, 0)?.Length == folded.Value.Length
            || gazetteer.CountryNames.LongestAt(folded, 0)?.Length == folded.Value.Length;
    }

    /// <summary>"Ion Popescu" → "ion-popescu": folded, lower-case, hyphens between words.</summary>
    public static string SlugOf(string name)
    {
        var folded = FoldedText.Key(name).ToLowerInvariant();
        var parts = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in folded.Append(' '))
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0 && c != '\'')
            {
                parts.Add(word.ToString());
                word.Clear();
            }
        }
        return string.Join('-', parts);
    }
}
