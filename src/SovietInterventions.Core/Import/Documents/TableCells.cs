namespace SovietInterventions.Core.Import.Documents;

/// <summary>
/// How a table row's cells become one passage: every format's parser joins them with <see cref="Separator"/>
/// ("1956; Hungary; tanks entered Budapest") and the claim readers find the cells again by it.
/// </summary>
public static class TableCells
{
    public const string Separator = "; ";

    public static string Join(IEnumerable<string> cells) => string.Join(Separator, cells);
}
