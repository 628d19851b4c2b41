using System.Text;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Notebook;

public class NotebookParserTests
{
    private const string Notebook = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": [
            "# River crossings\n",
            "\n",
            "The **engineers** of General Anton Kessler bridged the river in May 1931."
           ]
          },
          {
           "cell_type": "code",
           "execution_count": 1,
           "metadata": {},
           "source": ["rows = load('crossings.csv')  # 1999 rows of 1999"],
           "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Soviet tanks entered the capital in 1999.\n"]}]
          },
          {
           "cell_type": "markdown",
           "metadata": {},
           "source": [
            "## The second crossing\n",
            "\n",
            "- Pontoons arrived by rail in June 1931."
           ]
          }
         ],
         "metadata": {"kernelspec": {"name": "python3"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    private static ParsedDocument Parse(string text = Notebook, string fileName = "crossings.ipynb") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_reading_list_in_a_notebooks_last_cell_is_references_not_the_last_sections_narrative()
    {
        var notebook = Notebook.Replace("\"- Pontoons arrived by rail in June 1931.\"", """
            "- Pontoons arrived by rail in June 1931.\n",
            "\n",
            "### Worth reading on both crossings\n",
            "- Marta Lind, *Bridges of the East* (Northgate, 1998).\n",
            "- Peter Hollis, *The Engineers' War* (2004), ch. 2."
            """);

        var document = Parse(notebook);

        Assert.Equal(["The engineers of General Anton Kessler bridged the river in May 1931.", "Pontoons arrived by rail in June 1931."], ProseOf(document));
        Assert.Contains("Peter Hollis, The Engineers' War (2004), ch. 2.", document.References);
    }

    [Fact]
    public void A_notebooks_markdown_cells_are_read_as_Markdown_and_its_first_heading_titles_it()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.Notebook, document.Format);
        Assert.Equal("River crossings", document.Title);
        Assert.Equal(["The engineers of General Anton Kessler bridged the river in May 1931.", "Pontoons arrived by rail in June 1931."], ProseOf(document));
        Assert.Contains(document.Blocks, b => b.Kind == PassageKind.ListItem && b.Section?.Text == "The second crossing");
    }

    [Fact]
    public void Code_cells_and_their_outputs_give_no_text()
    {
        var document = Parse();

        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("1999") || b.Text.Contains("crossings.csv"));
    }

    [Fact]
    public void Each_passage_keeps_the_line_of_the_notebook_file_it_stands_on()
    {
        var document = Parse();
        var lines = Notebook.Split('\n');

        foreach (var block in document.Blocks)
            Assert.Contains(block.Text.Split(' ')[0], lines[block.Line - 1]);
    }

    [Fact]
    public void The_notebooks_metadata_title_comes_before_its_first_heading()
    {
        var document = Parse(Notebook.Replace("\"kernelspec\": {\"name\": \"python3\"}", "\"title\": \"Working notes on bridges\""));

        Assert.Equal("Working notes on bridges", document.Title);
    }

    [Fact]
    public void A_notebook_on_one_line_is_read_all_the_same()
    {
        var document = Parse(Notebook.Replace("\n", ""));

        Assert.Equal(2, ProseOf(document).Count);
    }

    [Fact]
    public void A_cell_whose_source_is_one_string_is_read_too()
    {
        var document = Parse("""{"cells": [{"cell_type": "markdown", "source": "Soviet advisers reached the port in 1931.\n\nThey left in 1932."}], "nbformat": 4}""");

        Assert.Equal(["Soviet advisers reached the port in 1931.", "They left in 1932."], ProseOf(document));
    }

    [Fact]
    public void A_notebook_that_is_not_valid_JSON_is_refused_with_its_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("{\n \"cells\": [\n  {\"cell_type\": \"markdown\", \"source\": [\"Text\"\n"));

        Assert.Contains("not valid JSON", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_notebook_of_code_alone_has_no_text()
    {
        var error = Assert.Throws<ImportException>(() => Parse("""{"cells": [{"cell_type": "code", "source": ["x = 1"], "outputs": []}], "nbformat": 4}"""));

        Assert.Contains("no markdown cells", error.Message);
    }

    [Fact]
    public void A_notebook_with_large_outputs_is_read_without_keeping_them()
    {
        var image = new string('A', 2_000_000);
        var text = new StringBuilder("{\"cells\": [");
        for (var i = 0; i < 3; i++)
            text.Append($$$"""{"cell_type": "code", "source": [], "outputs": [{"data": {"image/png": "{{{image}}}"}}]},""");
        text.Append("""{"cell_type": "markdown", "source": ["Soviet pilots flew the route in 1938."]}], "nbformat": 4}""");

        var document = Parse(text.ToString());

        Assert.Equal(["Soviet pilots flew the route in 1938."], ProseOf(document));
    }
}
