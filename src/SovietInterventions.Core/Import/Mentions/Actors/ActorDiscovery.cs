using SovietInterventions.Core.Reference;

namespace SovietInterventions.Core.Import.Mentions.Actors;

/// <summary>
/// Gathers, over every text of an import, the people and organizations the gazetteer lacks: names after titles
/// and introducers ("General X", "led by X"), lists beside a known person ("Dubček and Ion Popescu"), appositions ("X, the Manchurian commander"), organizations by their
/// head word with the acronyms the text defines; historians and authors cited for an opinion are left out.
/// The result never depends on the order of the texts.
/// </summary>
internal sealed class ActorDiscovery
{
    private readonly Gazetteer gazetteer;
    private readonly PersonDiscovery people;
    private readonly AppositionDiscovery appositions;
    private readonly CitedAuthors citations;
    private readonly OrganizationDiscovery organizations;
    private readonly ListedPeople listed;
    private readonly PossessorDiscovery possessors;
    private readonly GivenNamePeople givenNames;
    private readonly List<PersonCandidate> candidates = [];
    private readonly List<OrganizationCandidate> organizationCandidates = [];
    private readonly SortedSet<string> cited = new(StringComparer.Ordinal);

    public ActorDiscovery(Gazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        people = new PersonDiscovery(gazetteer);
        appositions = new AppositionDiscovery(gazetteer, people);
        citations = new CitedAuthors(gazetteer, people);
        organizations = new OrganizationDiscovery(gazetteer);
        listed = new ListedPeople(gazetteer, people);
        possessors = new PossessorDiscovery(gazetteer, people);
        givenNames = new GivenNamePeople(gazetteer, people);
    }

    /// <summary>Names cited as authors, sorted.</summary>
    public IReadOnlyCollection<string> Cited => cited;

    public void Read(string text, string document = "")
    {
        var folded = FoldedText.Of(text);
        candidates.AddRange(people.Find(folded));
        candidates.AddRange(listed.Find(folded));
        candidates.AddRange(possessors.Find(folded));
        candidates.AddRange(givenNames.Find(folded));
        foreach (var (name, title) in appositions.Find(folded))
        {
            if (title is null)
                cited.Add(name);
            else
                candidates.Add(new PersonCandidate(name, title));
        }
        cited.UnionWith(citations.Find(folded));
        organizationCandidates.AddRange(organizations.Find(folded).Select(c => c with { Document = document }));
    }

    /// <summary>Known people written by title and surname alone ("Gen. Petrov"), with that surname.</summary>
    public List<(string Surname, ActorEntry Actor)> Surnames() => TitledSurnames.From(candidates, gazetteer);

    public List<ActorEntry> Learned()
    {
        var citedSurnames = cited.Select(n => n.Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
        var kept = candidates.Where(c => !cited.Contains(c.Name) && !citedSurnames.Contains(c.Name.Split(' ')[^1])).ToList();
        var persons = LearnedPeople.From(kept, gazetteer, [.. gazetteer.Discovery.Introducers, ListedPeople.Cue.Title, PossessorDiscovery.Cue.Title, GivenNamePeople.Cue.Title])
            .Select(p => p with { HowFound = HowPerson(p, kept) }).ToList();
        var taken = persons.SelectMany(p => p.Aliases.Prepend(p.Name)).ToHashSet(StringComparer.Ordinal);
        var slugs = persons.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var groups = LearnedOrganizations.From(organizationCandidates, gazetteer, taken).Where(o => !slugs.Contains(o.Slug));
        return [.. persons.Concat(groups).OrderBy(a => a.Slug, StringComparer.Ordinal)];
    }

    private static string HowPerson(ActorEntry person, List<PersonCandidate> kept)
    {
        var titles = kept.Where(c => c.Name == person.Name || person.Aliases.Contains(c.Name)).Select(c => c.Title.Title).Distinct().Order(StringComparer.Ordinal);
        return "after " + string.Join(", ", titles.Select(t => $"'{t}'"));
    }
}
