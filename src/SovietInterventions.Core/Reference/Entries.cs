using SovietInterventions.Core.Model;

namespace SovietInterventions.Core.Reference;

/// <summary>A state from data/countries.json: modern, or historical with its successors; <see cref="Ally"/> the intervener it was allied with, where curated;
/// <see cref="Years"/> the years it existed, where curated; <see cref="Divided"/> the years it was divided among several states, where curated; <see cref="SovietRepublic"/> the years it was a republic of the Soviet Union, when Soviet force there was no foreign intervention.</summary>
internal sealed record CountryEntry(
    string Slug, string Name, string? Iso3, string Region, bool Historical, bool Intervener,
    IReadOnlyList<string> Successors, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives, YearSpan? Years,
    string? NotOnMap = null, string? Ally = null, YearSpan? SovietRepublic = null, YearSpan? Divided = null)
{
    /// <summary>Whether the state was divided among several states in <paramref name="year"/> (<see cref="Divided"/>, curated:
    /// Germany in 1953 was East and West Germany), so that a city in it names neither.</summary>
    public bool DividedIn(int year) => Divided is { } years && (years.From ?? int.MinValue) <= year && year <= (years.To ?? int.MaxValue);

    /// <summary>"Baku, January 1990": an act there in those years was the Soviet state's inside its own borders.</summary>
    public bool InsideSovietUnion(int from, int to) => SovietRepublic is { From: { } first, To: { } last } && from >= first && to <= last;
}

/// <summary>A city, region or island that implies a country (data/places.json); a region spanning several states
/// ("the Baltic states") names each of them, <see cref="Country"/> first and <see cref="Others"/> after it.</summary>
internal sealed record PlaceEntry(string Name, string Country, string Kind, IReadOnlyList<string>? Others = null)
{
    public IEnumerable<string> Countries => Others is null ? [Country] : Others.Prepend(Country);
}

/// <summary>A person or organization from data/actors.json, or one learned from the texts. <see cref="Years"/>:
/// a person's life or an organization's existence, where curated; <see cref="HowFound"/>: for a learned actor,
/// how the text introduced it ("after 'General'", "word 'Front', defined as WSLF"); <see cref="Country"/>: the state
/// whose forces or government a person served, where curated; <see cref="HeadYears"/>: the years they headed it or its ruling party;
/// <see cref="Against"/>: the intervener the actor fought or ruled against wherever the texts tell of it, where curated.</summary>
internal sealed record ActorEntry(string Slug, string Name, ActorType Type, IReadOnlyList<string> Aliases, string? Description,
    YearSpan? Years = null, string? HowFound = null, string? Country = null, YearSpan? HeadYears = null, string? Against = null);

/// <summary>"1878–1953", "1952–" or "1946": a life, an organization's or a state's first and last year, either unknown or open.</summary>
internal sealed record YearSpan(int? From, int? To);

/// <summary>One rule of data/actor-roles.json: patterns such as "overthrowing {actor}" that give a role.</summary>
internal sealed record ActorRoleRule(string Role, IReadOnlyList<string> Patterns, IReadOnlyList<ActorType> Types);

/// <summary>A word that introduces a person's name ("Prime Minister", "General"), from data/actor-titles.json;
/// <paramref name="AfterName"/> when it is also written after a given name, as part of the name ("Ehsanullah Khan").</summary>
internal sealed record ActorTitle(string Title, ActorType Type, bool AfterName = false);

/// <summary>A word that ends an organization's name and gives its type ("Army", "Liberation Front"), from data/organization-heads.json.</summary>
internal sealed record OrganizationHead(string Head, ActorType Type);

/// <summary>
/// The words by which the importer finds people and organizations the gazetteer lacks, and tells cited
/// authors from actors: data/actor-titles.json's introducers ("led by"), data/citation-words.json and
/// data/organization-heads.json.
/// </summary>
internal sealed record DiscoveryWords(
    IReadOnlyList<string> Introducers,
    IReadOnlyList<string> AuthorTitles, IReadOnlyList<string> ReactionWords, IReadOnlyList<string> CiteBefore, IReadOnlyList<string> CitingVerbs, IReadOnlyList<string> PresentVerbs,
    IReadOnlyList<OrganizationHead> OrganizationHeads, IReadOnlyList<string> NotOrganizations, IReadOnlySet<string> NotModifiers, IReadOnlySet<string> Connectors,
    IReadOnlySet<string> Possessives, IReadOnlyList<string>? FoundingWords = null)
{
    /// <summary>Nouns for a written work that, owned by a name and followed by "of", make it its author's ("Sunderland's life of Ungern"): citation-words.json.</summary>
    public IReadOnlyList<string> WorkNouns { get; init; } = [];
    /// <summary>Nouns that, owned by a full name, make it a person's ("Ion Popescu's government", "… 's offensive"): actor-titles.json.</summary>
    public IReadOnlyList<string> PossessedHeads { get; init; } = [];
    /// <summary>Given names that open a person's full name with no title before it ("Fyodor Polynin led the bombers"): actor-titles.json.</summary>
    public IReadOnlyList<string> GivenNames { get; init; } = [];
}
