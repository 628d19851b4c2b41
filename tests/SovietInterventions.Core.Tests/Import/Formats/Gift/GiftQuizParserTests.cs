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
}
