using SovietInterventions.Core.Import;

namespace SovietInterventions.Core.Reference;

/// <summary>Checks across entries: unique slugs and ISO codes, known successors, no name claimed twice.</summary>
internal static class GazetteerChecks
{
    /// <summary>A name as some entry claims it, for the one-owner-per-name check.</summary>
    public readonly record struct Claim(string Name, string Owner, string File);

    public static void Countries(IReadOnlyList<CountryEntry> countries)
    {
        const string file = GazetteerFiles.CountriesFile;
        UniqueSlugs(file, countries.Select(c => c.Slug));
        var slugs = countries.Select(c => c.Slug).ToHashSet();
        var iso3s = new Dictionary<string, string>();
        foreach (var c in countries)
        {
            var entry = $"entry '{c.Slug}'";
            if (c.Ally is { } ally && !slugs.Contains(ally))
                throw new ImportException(file, null, $"{entry}: unknown country slug '{ally}' in 'ally'");
            if (c.Historical)
            {
                if (c.Iso3 is not null)
                    throw new ImportException(file, null, $"{entry}: a historical state has no iso3");
                if (c.Successors.Count == 0)
                    throw new ImportException(file, null, $"{entry}: a historical state needs successors");
                foreach (var successor in c.Successors.Where(s => !slugs.Contains(s) || s == c.Slug))
                    throw new ImportException(file, null, $"{entry}: unknown successor slug '{successor}'");
                continue;
            }
            if (c.Iso3 is not { Length: 3 } iso3 || !iso3.All(char.IsAsciiLetterUpper))
                throw new ImportException(file, null, $"{entry}: a modern state needs a three-letter upper-case iso3");
            if (!iso3s.TryAdd(iso3, c.Slug))
                throw new ImportException(file, null, $"{entry}: iso3 '{iso3}' is already used by '{iso3s[iso3]}'");
            if (c.Successors.Count > 0)
                throw new ImportException(file, null, $"{entry}: only historical states have successors");
        }
    }

    public static void Places(IReadOnlyList<PlaceEntry> places, IReadOnlySet<string> countrySlugs)
    {
        foreach (var p in places)
            foreach (var country in p.Countries.Where(c => !countrySlugs.Contains(c)))
                throw new ImportException(GazetteerFiles.PlacesFile, null, $"entry '{p.Name}': unknown country slug '{country}'");
    }

    public static void Actors(IReadOnlyList<ActorEntry> actors, IReadOnlySet<string> countrySlugs)
    {
        UniqueSlugs(GazetteerFiles.ActorsFile, actors.Select(a => a.Slug));
        foreach (var a in actors.Where(a => a.Country is not null && !countrySlugs.Contains(a.Country)))
            throw new ImportException(GazetteerFiles.ActorsFile, null, $"entry '{a.Slug}': unknown country slug '{a.Country}'");
        foreach (var a in actors.Where(a => a.Against is not null && !countrySlugs.Contains(a.Against)))
            throw new ImportException(GazetteerFiles.ActorsFile, null, $"entry '{a.Slug}': unknown country slug '{a.Against}' in 'against'");
    }

    /// <summary>Every name must point to one entry, compared as the matcher compares them (accents folded).</summary>
    public static void OneOwnerPerName(IEnumerable<Claim> claims)
    {
        var owners = new Dictionary<string, Claim>();
        foreach (var claim in claims)
        {
            var key = FoldedText.Key(claim.Name);
            if (!owners.TryAdd(key, claim) && owners[key].Owner != claim.Owner)
                throw new ImportException(claim.File, null,
                    $"entry '{claim.Owner}': name '{claim.Name}' is already claimed by '{owners[key].Owner}' ({owners[key].File})");
        }
    }

    private static void UniqueSlugs(string file, IEnumerable<string> slugs)
    {
        var seen = new HashSet<string>();
        foreach (var slug in slugs.Where(slug => !seen.Add(slug)))
            throw new ImportException(file, null, $"entry '{slug}': duplicate slug");
    }
}
