using SovietInterventions.Web.Pages.Episodes;

namespace SovietInterventions.Web.Tests.Pages.Episodes;

public sealed class CitationTests
{
    readonly Citation cite = Citation.For("Soviet intervention in Hungary", "hungarian-revolution-1956",
        "https://encyclopedia.example/episodes/hungarian-revolution-1956", new DateOnly(2025, 3, 1), new DateOnly(2026, 9, 25));

    [Fact]
    public void Apa_gives_the_date_and_the_retrieval_date() => Assert.Equal(
        "Soviet intervention in Hungary. (2025, March 1). In Soviet Interventions 1918–1991. Retrieved September 25, 2026, from https://encyclopedia.example/episodes/hungarian-revolution-1956",
        cite.Apa);

    [Fact]
    public void Mla_abbreviates_long_month_names() => Assert.Equal(
        "“Soviet intervention in Hungary.” Soviet Interventions 1918–1991, 1 Mar. 2025, https://encyclopedia.example/episodes/hungarian-revolution-1956. Accessed 25 Sept. 2026.",
        cite.Mla);

    [Fact]
    public void Chicago_gives_last_modified_and_accessed_dates() => Assert.Equal(
        "“Soviet intervention in Hungary.” Soviet Interventions 1918–1991. Last modified March 1, 2025. Accessed September 25, 2026. https://encyclopedia.example/episodes/hungarian-revolution-1956.",
        cite.Chicago);

    [Fact]
    public void BibTex_is_a_complete_misc_entry()
    {
        Assert.StartsWith("@misc{hungarianrevolution19562025,\n", cite.BibTex);
        Assert.Contains("  howpublished = {\\url{https://encyclopedia.example/episodes/hungarian-revolution-1956}},\n", cite.BibTex);
        Assert.Contains("  note = {Accessed 2026-09-25}\n}", cite.BibTex);
    }

    [Fact]
    public void BibTex_escapes_the_characters_latex_treats_specially()
    {
        var special = Citation.For("Aid & arms: 100% {secret}", "x", "u", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1));

        Assert.Contains("title = {Aid \\& arms: 100\\% secret},", special.BibTex);
    }
}
