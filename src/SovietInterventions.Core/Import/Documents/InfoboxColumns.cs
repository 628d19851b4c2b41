namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// A wiki infobox numbers the sides of a conflict: "combatant1" fights beside "commander1". Reads those numbers, and finds the
/// column whose combatants are the Soviet side.
/// </summary>
public static class InfoboxColumns
{
    /// <summary>"commander1" → "1" for the prefix "commander", else null.</summary>
    public static string? Column(string field, string prefix)
    {
        var name = field.Trim();
        return name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? name[prefix.Length..] : null;
    }

    /// <summary>The number of the first combatant column naming the Soviet side, or null.</summary>
    public static string? Soviet(IReadOnlyList<DocumentFact> facts, Func<string, bool> namesSovietSide) =>
        facts.Where(f => namesSovietSide(f.Value)).Select(f => Column(f.Name, "combatant")).FirstOrDefault(c => c is not null);
}
