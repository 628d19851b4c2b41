using System.Text.Json.Serialization.Metadata;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Reference.GazetteerJson;

namespace SovietInterventions.Core.Reference;

/// <summary>
/// Reads the data files (with <see cref="DataFile"/>; their shapes: <see cref="GazetteerJson"/>) into entries, checking each entry on its own
/// (required fields, slug form, known region and type). Checks across entries live in <see cref="GazetteerChecks"/>.
/// </summary>
internal static class GazetteerFiles
{
    public const string CountriesFile = "countries.json";
    public const string PlacesFile = "places.json";
    public const string ActorsFile = "actors.json";
    public const string RolesFile = "actor-roles.json";
    public const string TitlesFile = "actor-titles.json";
    public const string NotNamesFile = "not-names.json";
    public const string CitationsFile = "citation-words.json";
    public const string OrganizationHeadsFile = "organization-heads.json";

    public static readonly IReadOnlySet<string> Regions =
        new HashSet<string> { "Europe", "Asia", "Middle East", "Africa", "Americas", "Oceania" };

    private static readonly IReadOnlySet<string> PlaceKinds = new HashSet<string> { "city", "region", "island" };

    public static List<CountryEntry> Countries(string dir) =>
        Entries<CountryJson, CountryEntry>(dir, CountriesFile, GazetteerJson.Reader.Default.ListCountryJson, (c, at) =>
        {
            var slug = Slug(CountriesFile, at, c.Slug);
            var entry = $"entry '{slug}'";
            var region = Required(CountriesFile, entry, "region", c.Region);
            if (!Regions.Contains(region))
                throw new ImportException(CountriesFile, null, $"{entry}: unknown region '{region}'");
            return new CountryEntry(slug, Required(CountriesFile, entry, "name", c.Name), c.Iso3, region, c.Historical, c.Intervener,
                Names(c.Successors), Names(c.Aliases), Names(c.Adjectives), YearsOf(CountriesFile, entry, c.Years, oneYear: true), c.NotOnMap, c.Ally, YearsOf(CountriesFile, entry, c.SovietRepublic),
                YearsOf(CountriesFile, entry, c.Divided));
        });

    public static List<PlaceEntry> Places(string dir) =>
        Entries<PlaceJson, PlaceEntry>(dir, PlacesFile, GazetteerJson.Reader.Default.ListPlaceJson, (p, at) =>
        {
            var name = Required(PlacesFile, at, "name", p.Name);
            var entry = $"entry '{name}'";
            var kind = Required(PlacesFile, entry, "kind", p.Kind);
            if (!PlaceKinds.Contains(kind))
                throw new ImportException(PlacesFile, null, $"{entry}: unknown kind '{kind}'");
            // A region over several states lists them all under "countries" instead of one "country".
            if (p.Countries is not null)
            {
                if (p.Country is not null || p.Countries.Count < 2 || kind != "region")
                    throw new ImportException(PlacesFile, null, $"{entry}: 'countries' needs two or more slugs, no 'country', and kind 'region'");
                return new PlaceEntry(name, p.Countries[0], kind, Names(p.Countries.Skip(1).ToList()));
            }
            return new PlaceEntry(name, Required(PlacesFile, entry, "country", p.Country), kind);
        });

    public static List<ActorEntry> Actors(string dir) =>
        Entries<ActorJson, ActorEntry>(dir, ActorsFile, GazetteerJson.Reader.Default.ListActorJson, (a, at) =>
        {
            var slug = Slug(ActorsFile, at, a.Slug);
            var entry = $"entry '{slug}'";
            var type = ActorTypeOf(ActorsFile, entry, Required(ActorsFile, entry, "type", a.Type));
            if (a.Head is not null && a.Country is null)
                throw new ImportException(ActorsFile, null, $"{entry}: 'head' needs the 'country' it headed");
            return new ActorEntry(slug, Required(ActorsFile, entry, "name", a.Name), type, Names(a.Aliases), a.Description, YearsOf(ActorsFile, entry, a.Years),
                Country: a.Country, HeadYears: YearsOf(ActorsFile, entry, a.Head), Against: a.Against);
        });

    /// <summary>"1878–1953", "1952–" or "–1902" (en dash or hyphen); a state may also have lasted within one year ("1946");
    /// null when absent.</summary>
    private static YearSpan? YearsOf(string file, string entry, string? years, bool oneYear = false)
    {
        if (years is null)
            return null;
        var problem = new ImportException(file, null, $"{entry}: years '{years}' must read like 1878–1953{(oneYear ? ", 1952– or 1946" : " or 1952–")}");
        var parts = oneYear && years.Length == 4 ? [years, years] : years.Split('–', '-');
        if (parts.Length != 2 || parts.Any(p => p.Length is not (0 or 4) || !p.All(char.IsAsciiDigit)) || parts.All(p => p.Length == 0))
            throw problem;
        int? Year(string part) => part.Length == 0 ? null : int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        var (from, to) = (Year(parts[0]), Year(parts[1]));
        return from > to ? throw problem : new YearSpan(from, to);
    }

    public static List<ActorRoleRule> Roles(string dir) =>
        Entries<RoleJson, ActorRoleRule>(dir, RolesFile, GazetteerJson.Reader.Default.ListRoleJson, (r, at) =>
        {
            var role = Required(RolesFile, at, "role", r.Role);
            var entry = $"entry '{role}'";
            var patterns = Names(r.Patterns);
            if (patterns.Count == 0)
                throw new ImportException(RolesFile, null, $"{entry}: missing field 'patterns'");
            foreach (var pattern in patterns)
            {
                var at0 = pattern.IndexOf("{actor}", StringComparison.Ordinal);
                if (at0 < 0 || pattern.IndexOf("{actor}", at0 + 1, StringComparison.Ordinal) >= 0)
                    throw new ImportException(RolesFile, null, $"{entry}: pattern '{pattern}' must contain {{actor}} exactly once");
            }
            return new ActorRoleRule(role, patterns, [.. Names(r.Types).Select(t => ActorTypeOf(RolesFile, entry, t))]);
        });

    /// <summary>actor-titles.json: the titles, the words around them, and the introducers name discovery uses.</summary>
    public static (List<ActorTitle> Titles, List<string> NotNameWords, List<string> LinkingWords, List<string> Introducers, List<string> PossessedHeads, List<string> GivenNames) Titles(string dir)
    {
        var json = DataFile.Read(dir, TitlesFile, GazetteerJson.Reader.Default.TitlesJson);
        var titles = (json.Titles ?? []).Select((t, i) =>
        {
            var at = $"title #{i + 1}";
            if (t is null)
                throw new ImportException(TitlesFile, null, $"{at}: empty entry");
            var title = Required(TitlesFile, at, "title", t.Title);
            return new ActorTitle(title, ActorTypeOf(TitlesFile, $"title '{title}'", Required(TitlesFile, $"title '{title}'", "type", t.Type)), t.AfterName == true);
        }).ToList();
        return (titles, Names(json.NotNameWords), Names(json.LinkingWords), Names(json.Introducers), Names(json.PossessedHeads), Names(json.GivenNames));
    }

    /// <summary>citation-words.json and organization-heads.json, with the introducers of actor-titles.json.</summary>
    public static DiscoveryWords Discovery(string dir, List<string> introducers, List<string>? possessedHeads = null, List<string>? givenNames = null)
    {
        var citations = DataFile.Read(dir, CitationsFile, GazetteerJson.Reader.Default.CitationsJson);
        var organizations = DataFile.Read(dir, OrganizationHeadsFile, GazetteerJson.Reader.Default.OrganizationHeadsJson);
        var heads = (organizations.Heads ?? []).Select((h, i) =>
        {
            var at = $"head #{i + 1}";
            var head = Required(OrganizationHeadsFile, at, "head", h?.Head);
            return new OrganizationHead(head, ActorTypeOf(OrganizationHeadsFile, $"head '{head}'", Required(OrganizationHeadsFile, $"head '{head}'", "type", h!.Type)));
        }).ToList();
        return new DiscoveryWords(introducers,
            Names(citations.AuthorTitles), Names(citations.ReactionWords), Names(citations.CiteBefore), Names(citations.CitingVerbs), Names(citations.PresentVerbs),
            heads, Names(organizations.NotOrganizations), Names(organizations.NotModifiers).ToHashSet(StringComparer.Ordinal),
            Names(organizations.Connectors).ToHashSet(StringComparer.Ordinal), Names(organizations.Possessives).ToHashSet(StringComparer.Ordinal),
            Names(citations.FoundingWords))
        { PossessedHeads = possessedHeads ?? [], GivenNames = givenNames ?? [], WorkNouns = Names(citations.WorkNouns) };
    }

    public static (List<string> NotCountries, List<string> NotActors, List<string> LowercaseWords) NotNames(string dir)
    {
        var json = DataFile.Read(dir, NotNamesFile, GazetteerJson.Reader.Default.NotNamesJson);
        return (Names(json.NotCountries), Names(json.NotActors), Names(json.LowercaseWords));
    }

    private static List<TEntry> Entries<TJson, TEntry>(string dir, string file, JsonTypeInfo<List<TJson?>> shape, Func<TJson, string, TEntry> convert)
        where TJson : class =>
        [.. DataFile.Read(dir, file, shape).Select((json, i) =>
            json is null ? throw new ImportException(file, null, $"entry #{i + 1}: empty entry") : convert(json, $"entry #{i + 1}"))];

    private static string Required(string file, string entry, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ImportException(file, null, $"{entry}: missing field '{field}'") : value;

    private static string Slug(string file, string entry, string? slug)
    {
        var value = Required(file, entry, "slug", slug);
        var wellFormed = value.Split('-').All(part => part.Length > 0 && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9')));
        return wellFormed ? value : throw new ImportException(file, null, $"{entry}: slug '{value}' is not lower-case ASCII words joined by hyphens");
    }

    private static ActorType ActorTypeOf(string file, string entry, string type) =>
        Enum.GetNames<ActorType>().Contains(type)
            ? Enum.Parse<ActorType>(type)
            : throw new ImportException(file, null, $"{entry}: unknown actor type '{type}'");

    private static List<string> Names(List<string>? names) => names?.Where(n => !string.IsNullOrWhiteSpace(n)).ToList() ?? [];
}
