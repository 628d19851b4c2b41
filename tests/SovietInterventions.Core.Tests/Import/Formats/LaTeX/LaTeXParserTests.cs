using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.LaTeX;

public class LaTeXParserTests
{
    private const string Lecture = """
        % draft, do not share
        \documentclass{article}
        \usepackage{natbib}
        \title{Notes on River Crossings}
        \author{A.~Tutor\thanks{History department.}}
        \date{Spring 2020}
        \begin{document}
        \maketitle
        \section{The northern front}
        The army of General Jan Ko\'sciel\l{}y reached the river on
        4~May 1944 % check this date
        and waited.\footnote{See the regimental diary, \cite{Diary1950}.}

        \subsection{Crossing}
        \begin{itemize}
          \item Engineers under Colonel Fran\c{c}ois M\"uller built a pontoon
                bridge in \emph{two} nights.
          \item The crossing cost 5\% of the force.
        \end{itemize}
        \end{document}
        """;

    private static ParsedDocument Parse(string text = Lecture, string fileName = "lecture.tex") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_tex_file_is_read_as_LaTeX_with_its_title_author_and_date_as_metadata()
    {
        var document = Parse();

        Assert.Equal(SourceFormat.LaTeX, document.Format);
        Assert.Equal("Notes on River Crossings", document.Title);
        Assert.Equal("A. Tutor", document.Metadata.Author);
        Assert.Equal("Spring 2020", document.Metadata.Date);
    }

    [Fact]
    public void Sections_and_subsections_are_headings_a_level_apart()
    {
        var headings = Parse().Blocks.Where(b => b.Kind == PassageKind.Heading).Select(b => (b.Text, b.Depth)).ToList();

        Assert.Equal([("The northern front", 2), ("Crossing", 3)], headings);
    }

    [Fact]
    public void Hard_wrapped_lines_are_one_paragraph_and_comments_and_the_preamble_are_gone()
    {
        var paragraph = Assert.Single(Parse().Blocks, b => b.Kind == PassageKind.Paragraph);

        Assert.Equal("The army of General Jan Kościelły reached the river on 4 May 1944 and waited.", paragraph.Text);
    }

    [Fact]
    public void A_footnote_is_a_reference_and_not_prose()
    {
        var document = Parse();

        Assert.Contains(document.References, r => r.StartsWith("See the regimental diary", StringComparison.Ordinal));
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("diary"));
    }

    [Fact]
    public void A_wrapped_item_is_one_list_item_with_its_accents_and_emphasis_read()
    {
        var items = Parse().Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(["Engineers under Colonel François Müller built a pontoon bridge in two nights.", "The crossing cost 5% of the force."], items);
    }

    [Theory]
    [InlineData(@"Rydz-\'Smig\l{}y", "Rydz-Śmigły")]
    [InlineData(@"{\""o}rebro", "örebro")]
    [InlineData(@"\v{C}apek", "Čapek")]
    [InlineData(@"Ba\c{s}bakan", "Başbakan")]
    [InlineData(@"Mu\~noz", "Muñoz")]
    [InlineData(@"1939--1940 ``truce''", "1939–1940 “truce”")]
    public void Accent_escapes_dashes_and_quotes_read_as_the_characters_they_print(string tex, string expected)
    {
        var text = $"\\begin{{document}}\nA name: {tex}.\n\\end{{document}}\n";

        Assert.Equal($"A name: {expected}.", Assert.Single(ProseOf(Parse(text))));
    }
}
