using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Mentions.Actors;
using SovietInterventions.Core.Import.Mentions.Places;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// The reviewed reference data of data/: countries, places, actors, role rules and titles.
/// Loaded once per import; the name tables the finders match with are compiled once, on first use.
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<string, CountryEntry> countriesBySlug;
    private readonly Dictionary<string, ActorEntry> actorsBySlug;
    private readonly Lazy<NameTable<CountryName>> countryNames;
    private readonly Lazy<NameTable<CountryName>> lowercaseCountryNames;
    private readonly Lazy<NameTable<ActorName>> actorNames;
    private readonly Lazy<Dictionary<string, string>> peoples;
    private readonly HashSet<string> cityNames;
    private readonly Dictionary<string, string> countryOfAlias;

    private Gazetteer(List<CountryEntry> countries, List<PlaceEntry> places, List<ActorEntry> actors, List<ActorRoleRule> roleRules,
        List<ActorTitle> titles, List<string> notNameWords, List<string> linkingWords, List<string> notCountries, List<string> notActors,
        List<string> lowercaseWords, DiscoveryWords discovery)
    {
        Discovery = discovery;
        Countries = countries;
        Places = places;
        Actors = actors;
        RoleRules = roleRules;
        Titles = titles;
        NotNameWords = notNameWords.ToHashSet(StringComparer.Ordinal);
        LinkingWords = linkingWords;
        NotCountries = notCountries;
        NotActors = notActors;
        LowercaseWords = lowercaseWords.ToHashSet(StringComparer.Ordinal);
        countriesBySlug = countries.ToDictionary(c => c.Slug);
        actorsBySlug = actors.ToDictionary(a => a.Slug);
        cityNames = places.Where(p => p.Kind == "city").Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        countryOfAlias = countries.SelectMany(c => c.Aliases.Where(a => IsFormalOrAcronym(a, c.Name)).Select(a => (a, c.Name))).GroupBy(p => p.a, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(p => p.Name).Distinct().Count() == 1).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        countryNames = new(() => new NameTable<CountryName>(CountryName.All(this)));
        lowercaseCountryNames = new(() => new NameTable<CountryName>(CountryName.Lowercase(this)));
        actorNames = new(() => new NameTable<ActorName>(ActorName.All(this, [])));
        peoples = new(() => countries.SelectMany(c => c.Adjectives.Select(a => (People: a + "s", c.Slug)))
            .DistinctBy(p => p.People, StringComparer.Ordinal).ToDictionary(p => p.People, p => p.Slug, StringComparer.Ordinal));
    }

    public IReadOnlyList<CountryEntry> Countries { get; }
    public IReadOnlyList<PlaceEntry> Places { get; }
    public IReadOnlyList<ActorEntry> Actors { get; }
    /// <summary>Role rules in priority order (data/actor-roles.json).</summary>
    public IReadOnlyList<ActorRoleRule> RoleRules { get; }
    /// <summary>Titles that introduce a person's name (data/actor-titles.json).</summary>
    public IReadOnlyList<ActorTitle> Titles { get; }
    /// <summary>Capitalized words that are never part of a person's name ("Secretary", "Army").</summary>
    public IReadOnlySet<string> NotNameWords { get; }
    /// <summary>Words that may stand between a title and the name ("Their Prime Minister was Ion Popescu").</summary>
    public IReadOnlyList<string> LinkingWords { get; }
    /// <summary>How names the gazetteer lacks are found, and cited authors told apart.</summary>
    public DiscoveryWords Discovery { get; }
    /// <summary>Phrases that contain a country name but name no country ("Indian Ocean").</summary>
    public IReadOnlyList<string> NotCountries { get; }
    /// <summary>Phrases that contain an actor's name but name no actor ("Molotov cocktail").</summary>
    public IReadOnlyList<string> NotActors { get; }

    /// <summary>Country names that, written in lower case, are ordinary words ("turkey", "china"): never read as a country.</summary>
    public IReadOnlySet<string> LowercaseWords { get; }

    internal NameTable<CountryName> CountryNames => countryNames.Value;
    /// <summary>Country names and regions as notes write them in lower case ("finland", "baltic states").</summary>
    internal NameTable<CountryName> LowercaseCountryNames => lowercaseCountryNames.Value;
    internal NameTable<ActorName> ActorNames => actorNames.Value;
    /// <summary>"Latvians": each country's people, its adjective in the plural, and the country.</summary>
    internal IReadOnlyDictionary<string, string> Peoples => peoples.Value;

    public CountryEntry? Country(string slug) => countriesBySlug.GetValueOrDefault(slug);

    /// <summary>The countries, their successors and the states they succeeded: one place's states over time, any of which a source may name.</summary>
    public IEnumerable<string> WithKin(IReadOnlyCollection<string> countries) => countries
        .Concat(countries.SelectMany(t => Country(t)?.Successors ?? []))
        .Concat(Countries.Where(c => c.Successors.Intersect(countries).Any()).Select(c => c.Slug));

    /// <summary>A state's name or adjective at <paramref name="start"/> of the text ("Soviet 10th Mechanised Corps", "the Finnish III
    /// Corps"), not a place in a state; null when none stands there.</summary>
    internal NameMatch<CountryName>? StateAt(FoldedText text, int start) =>
        CountryNames.LongestAt(text, start) is { Value: { CountrySlug: not null, Form: not MentionForm.Place } } match ? match : null;

    public ActorEntry? Actor(string slug) => actorsBySlug.GetValueOrDefault(slug);
    /// <summary>Whether data/places.json lists the name as a city ("Prague"), not a region or island.</summary>
    public bool IsCity(string name) => cityNames.Contains(name);
    /// <summary>
    /// The country's own name for its acronym or formal state name ("GDR", "Polish People's Republic" → "Poland"), as a syllabus
    /// writes it; an older short name stays ("Persia": historians name the 1920 episode so), and so does any other place.
    /// </summary>
    public string CommonName(string place) => countryOfAlias.GetValueOrDefault(place.Trim(), place);

    private static bool IsFormalOrAcronym(string alias, string name) =>
        alias.All(c => char.IsUpper(c) || c == '.') || alias.Split(' ').Length > name.Split(' ').Length;

    /// <summary>Reads and checks every file of the data folder; throws an <see cref="ImportException"/> naming the file on bad data.</summary>
    public static Gazetteer Load(string dataDirectory)
    {
        var countries = GazetteerFiles.Countries(dataDirectory);
        var places = GazetteerFiles.Places(dataDirectory);
        var actors = GazetteerFiles.Actors(dataDirectory);
        var roleRules = GazetteerFiles.Roles(dataDirectory);
        var (titles, notNameWords, linkingWords, introducers, possessedHeads, givenNames) = GazetteerFiles.Titles(dataDirectory);
        var (notCountries, notActors, lowercaseWords) = GazetteerFiles.NotNames(dataDirectory);
        var discovery = GazetteerFiles.Discovery(dataDirectory, introducers, possessedHeads, givenNames);

        GazetteerChecks.Countries(countries);
        GazetteerChecks.Places(places, countries.Select(c => c.Slug).ToHashSet());
        GazetteerChecks.Actors(actors, countries.Select(c => c.Slug).ToHashSet());
        GazetteerChecks.OneOwnerPerName(
            countries.SelectMany(c => c.Aliases.Concat(c.Adjectives).Prepend(c.Name).Select(n => new GazetteerChecks.Claim(n, c.Slug, GazetteerFiles.CountriesFile)))
                .Concat(places.Select(p => new GazetteerChecks.Claim(p.Name, p.Name, GazetteerFiles.PlacesFile)))
                .Concat(notCountries.Select(n => new GazetteerChecks.Claim(n, n, GazetteerFiles.NotNamesFile))));
        GazetteerChecks.OneOwnerPerName(
            actors.SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => new GazetteerChecks.Claim(n, a.Slug, GazetteerFiles.ActorsFile)))
                .Concat(notActors.Select(n => new GazetteerChecks.Claim(n, n, GazetteerFiles.NotNamesFile))));

        return new Gazetteer(countries, places, actors, roleRules, titles, notNameWords, linkingWords, notCountries, notActors, lowercaseWords, discovery);
    }
}
