namespace SovietInterventions.Core.Tests.Import.Episodes.Merging;

/// <summary>A wiki list with two episodes' sections, Finland 1939–1940 and the Baltic states 1940, that other documents are merged into.</summary>
internal static class TwoSectionWiki
{
    public const string Text = """
        = Interventions =

        ==== 1939–1940: Finland ====

        On 30 November 1939 the Red Army invaded Finland.

        ==== 1940: Estonia, Latvia, Lithuania ====

        In June 1940 Soviet troops occupied Estonia, Latvia and Lithuania.
        """;
}
