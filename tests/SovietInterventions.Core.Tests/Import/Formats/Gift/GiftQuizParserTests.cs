using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Gift;

public class GiftQuizParserTests
{
    private const string Quiz = """
        // HIST 101 - River wars quiz
        // Exported from the course on 2031-03-02; distractors name real places.

        $CATEGORY: $course$/top/Week 3

        ::W3-Q01 River crossing::[markdown]In May 1931 **Soviet engineers** bridged the river at Kessel. Who commanded them?{
        	=Ivo Mařík#Correct. Mařík's sappers finished the bridge in two nights.
        	~Anton Kessler#No. Kessler commanded the garrison on the other bank until 1933.
        	~Jan Polák#No.
        }

        ::W3-Q02 Treaty::In what year did the Treaty of Kessel end the river war?{#1933}

        ::W3-Q03 Not so::Soviet troops entered Ostland in 1934.{FALSE#Wrong. Ostland's own army put down the rising.#Correct. No Soviet soldier crossed that year.}

        ::W3-Q04 People::Match each person to their part in the river war.{
        	=Ivo Mařík -> commander of the Soviet engineers
        	=Anton Kessler -> commander of the Kessel garrison
        }

        ::W3-Q05 Escapes::The bridge was 3\:1 longer than planned\{sic\}.{TRUE}
        """;

    private static ParsedDocument Parse(string text = Quiz, string fileName = "week3.gift") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_question_reads_as_its_text_with_the_right_answer_under_the_question_name()
    {
        var question = Assert.Single(Parse().Blocks, b => b.Text.StartsWith("In May 1931", StringComparison.Ordinal));

        Assert.Equal("In May 1931 Soviet engineers bridged the river at Kessel. Who commanded them: Ivo Mařík.", question.Text);
        Assert.Equal("River crossing", question.Section?.Text);
        Assert.Equal(SourceFormat.Gift, Parse().Format);
    }

    [Fact]
    public void Wrong_options_are_no_prose_but_the_feedback_that_explains_them_is()
    {
        var prose = ProseOf(Parse());

        Assert.Contains("Mařík's sappers finished the bridge in two nights.", prose);
        Assert.Contains("Kessler commanded the garrison on the other bank until 1933.", prose);
        Assert.DoesNotContain(prose, p => p.Contains("Jan Polák", StringComparison.Ordinal));
        Assert.DoesNotContain(prose, p => p.StartsWith("No.", StringComparison.Ordinal) || p.StartsWith("Correct", StringComparison.Ordinal));
    }

    [Fact]
    public void A_number_answers_its_question_in_the_same_sentence()
    {
        Assert.Contains("In what year did the Treaty of Kessel end the river war: 1933.", ProseOf(Parse()));
    }

    [Fact]
    public void A_statement_the_quiz_marks_false_is_not_told_though_its_feedback_is()
    {
        var prose = ProseOf(Parse());

        Assert.DoesNotContain(prose, p => p.Contains("Soviet troops entered Ostland", StringComparison.Ordinal));
        Assert.Contains("Ostland's own army put down the rising.", prose);
        Assert.Contains("The bridge was 3:1 longer than planned{sic}.", prose);
    }

    [Fact]
    public void Matching_pairs_read_as_a_name_and_its_part()
    {
        var items = Parse().Blocks.Where(b => b.Kind == PassageKind.ListItem).Select(b => b.Text).ToList();

        Assert.Equal(["Ivo Mařík, commander of the Soviet engineers", "Anton Kessler, commander of the Kessel garrison"], items);
    }

    [Fact]
    public void Comments_and_categories_are_no_prose_and_the_first_comment_titles_the_quiz()
    {
        var document = Parse();

        Assert.Equal("HIST 101 - River wars quiz", document.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains("2031", StringComparison.Ordinal) || b.Text.Contains("CATEGORY", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_named_questions_with_answers_make_a_quiz_whatever_the_file_is_called()
    {
        Assert.Equal(SourceFormat.Gift, Parse(fileName: "week3.txt").Format);
        Assert.NotEqual(SourceFormat.Gift, Parse("::Note:: a line with colons {and braces}.", "note.txt").Format);
    }

    [Fact]
    public void Options_written_without_spaces_are_still_options_and_a_question_without_a_name_stands_under_the_title()
    {
        var document = Parse("// Quiz\n\n::Q1 Kessel::Which town fell in 1931?{=Kessel~Ostby~Varn}\n\nSoviet engineers bridged the river in 1931.{TRUE}\n");

        Assert.Contains("Which town fell in 1931: Kessel.", ProseOf(document));
        Assert.DoesNotContain(ProseOf(document), p => p.Contains("Ostby"));
        var unnamed = Assert.Single(document.Blocks, b => b.Text.StartsWith("Soviet engineers", StringComparison.Ordinal));
        Assert.Equal("Quiz", Path(unnamed.Headings));
    }

    [Fact]
    public void Numeric_answers_over_several_lines_ranges_and_weights_read_as_the_fully_right_answer()
    {
        var document = Parse("""
            ::Q1::In which year did the bridge open?{#
            =%50%1930:1#Close.
            =1931#Right: the bridge opened in May 1931 after two nights' work.
            }

            ::Q2::Over which years was the garrison rebuilt?{#1932..1933}
            """);
        var prose = ProseOf(document);

        Assert.Contains("In which year did the bridge open: 1931.", prose);
        Assert.Contains("Right: the bridge opened in May 1931 after two nights' work.", prose);
        Assert.Contains("Over which years was the garrison rebuilt: 1932\u20131933.", prose);
    }

    [Fact]
    public void General_feedback_is_prose_and_moodles_own_comments_title_nothing()
    {
        var document = Parse("// question: 0  name: Switch category to $course$/top/Default\n$CATEGORY: $course$/top/Default\n\n// question: 1  name: Q1\n::Q1::Who commanded?{=Ivo Mařík ~Anton Kessler ####The engineers were led by Ivo Mařík throughout the spring of 1931.}\n", "bank.gift");

        Assert.Equal("bank", document.Title);
        Assert.Contains("The engineers were led by Ivo Mařík throughout the spring of 1931.", ProseOf(document));
    }

    [Fact]
    public void A_brace_that_is_never_closed_is_an_error_naming_its_line()
    {
        var error = Assert.Throws<ImportException>(() => Parse("::Q1::The army {sic entered Kessel.{TRUE}\n\n::Q2::Another.{FALSE}\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("week3.gift", error.Message);
    }

    [Fact]
    public void A_note_that_quotes_two_questions_is_still_a_note()
    {
        var note = "# Reading notes\n\nThe quiz had two good questions.\n\n::Q1::Soviet troops entered Kessel in 1931.{TRUE}\n\n::Q2::They left in 1933.{TRUE}\n\nThe rest were weak.\n\nAnd the marking was late.\n";

        Assert.NotEqual(SourceFormat.Gift, Parse(note, "notes.md").Format);
    }
}
