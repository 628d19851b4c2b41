using SovietInterventions.Core.Import.Formats;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

public class ForumSignatureTests
{
    private const string Thread = """
        River war forum

        Soviet engineers bridged the river in May 1931. They used pontoons brought by rail.
        __________________
        "Logistics wins wars." | Currently reading: Kessler, The Bridge
        Moderator, river board.

        The crossing took two nights. Nobody resisted on the far bank.
        """;

    [Fact]
    public void The_lines_under_a_rule_of_underscores_are_a_forum_signature_and_no_prose()
    {
        var prose = ProseOf(DocumentParser.Parse(Of(Thread, "forum.txt")));

        Assert.DoesNotContain(prose, p => p.Contains("Currently reading") || p.Contains("Moderator") || p.Contains("___"));
        Assert.Contains(prose, p => p.Contains("Soviet engineers bridged the river in May 1931."));
        Assert.Contains(prose, p => p.Contains("The crossing took two nights."));
    }

    [Fact]
    public void A_rule_above_printed_footnotes_is_no_signature()
    {
        var page = "The bridge\n\nSoviet engineers bridged the river in May 1931.1 They used pontoons.\n__________________\n1 Kessler, The Bridge, p. 4.\n";

        var document = DocumentParser.Parse(Of(page, "page.txt"));

        Assert.Contains(document.References.Concat(ProseOf(document)), t => t.Contains("Kessler"));
    }
}
