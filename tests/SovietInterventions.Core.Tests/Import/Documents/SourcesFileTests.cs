using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Tests.Import.Formats;

namespace SovietInterventions.Core.Tests.Import.Documents;

public class SourcesFileTests
{
    private static readonly HashSet<string> Documents = ["notes.md", "article.wiki"];

    [Fact]
    public void Each_entry_gives_its_document_title_url_author_licence_and_retrieval_date()
    {
        var entries = SourcesFile.Read("""
            {
              "article.wiki": { "title": "An Article", "url": "https://example.org/a", "author": "Some editors", "licence": "CC BY-SA 4.0", "retrieved": "2024-05-01" },
              "notes.md": {}
            }
            """, Documents);

        Assert.Equal(new SourceAttribution("An Article", "https://example.org/a", "Some editors", "CC BY-SA 4.0", "2024-05-01"), entries["article.wiki"]);
        Assert.Equal(SourceAttribution.None, entries["notes.md"]);
    }

    [Theory]
    [InlineData("{ \"article.wiki\": { \"title\": \"A\" }, }x", "sources.json:1:", "not valid JSON")]
    [InlineData("{ \"missing.txt\": { \"title\": \"A\" } }", "sources.json:", "\"missing.txt\" names no document")]
    [InlineData("{ \"notes.md\": { \"licence\": \"CC0\", \"year\": \"1990\" } }", "sources.json:", "unknown field \"year\"")]
    [InlineData("{ \"notes.md\": { \"url\": \"example.org/a\" } }", "sources.json:", "not an absolute http(s) address")]
    [InlineData("{ \"notes.md\": { \"retrieved\": \"May 2024\" } }", "sources.json:", "not a date written yyyy-mm-dd")]
    [InlineData("{ \"notes.md\": { \"author\": \"\" } }", "sources.json:", "leave a field out")]
    [InlineData("[1, 2]", "sources.json:1:", "must be an object")]
    public void A_mistake_names_the_file_and_the_entry(string json, string start, string problem)
    {
        var error = Assert.Throws<ImportException>(() => SourcesFile.Read(json, Documents));

        Assert.StartsWith(start, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Sources_json_is_taken_out_of_the_documents_and_attributes_the_others()
    {
        var files = new List<SourceText>
        {
            TestSources.Of("# Notes\n\nText.\n", "notes.md"),
            TestSources.Of("{ \"notes.md\": { \"author\": \"A student\", \"licence\": \"CC0\" } }", "sources.json"),
        };

        var documents = SourcesFile.Attach("/nonexistent-folder", files);

        var notes = Assert.Single(documents);
        Assert.Equal("A student", notes.Attribution.Author);
        Assert.Equal("CC0", DocumentParser.Parse(notes).Attribution.Licence);
    }

    [Fact]
    public void Front_matter_author_and_url_fill_what_sources_json_leaves_out()
    {
        var source = TestSources.Of("---\ntitle: Essay\nauthor: jo\nurl: https://example.org/essay\n---\n\nText.\n", "essay.md") with
        {
            Attribution = new SourceAttribution(Licence: "CC0", Author: "Jo Smith"),
        };

        var attribution = DocumentParser.Parse(source).Attribution;

        Assert.Equal(new SourceAttribution(null, "https://example.org/essay", "Jo Smith", "CC0", null), attribution);
    }

    [Fact]
    public void The_seeds_sources_json_names_only_seed_documents_and_claims_no_unknown_retrieval_date()
    {
        var seeds = System.IO.Path.Combine(RepositoryRoot.Path, "seeds");
        var names = Directory.GetFiles(seeds).Select(f => System.IO.Path.GetFileName(f)).Where(n => !SourcesFile.IsSourcesFile(n)).ToHashSet();

        var entries = SourcesFile.Read(File.ReadAllText(System.IO.Path.Combine(seeds, SourcesFile.FileName)), names);

        Assert.Equal("https://en.wikipedia.org/wiki/Soviet_involvement_in_regime_change", entries["soviet-involvement-in-regime-change.wiki"].Url);
        Assert.All(entries.Values.Where(e => e.Url?.Contains("wikipedia.org") == true), e =>
        {
            Assert.Equal("Wikipedia contributors", e.Author);
            Assert.StartsWith("CC BY-SA", e.Licence);
        });
    }
}
