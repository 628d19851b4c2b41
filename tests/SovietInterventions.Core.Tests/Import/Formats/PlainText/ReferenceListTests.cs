using SovietInterventions.Core.Import.Formats.PlainText;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.PlainText;

/// <summary>The references list of a plain-text article: one reference an item, however it is wrapped.</summary>
public class ReferenceListTests
{
    private static List<string> References(string list) =>
        PlainTextArticleParser.Parse(Of("A Winter in the Pamirs\n\nThe frontier posts were rebuilt in 1933. The garrison stayed all winter.\n\n\nReferences\n\n" + list, "pamirs.txt"))
            .References.ToList();

    [Fact]
    public void An_item_wrapped_onto_indented_lines_is_one_reference()
    {
        var list = "- Orlova, Vera. Posts on the Roof of the World:\n    the Pamir Border 1920-1940. Tashkent, 1988.\n- Brandt, K. Ice Roads. Leipzig, 1971.\n";

        Assert.Equal(["Orlova, Vera. Posts on the Roof of the World: the Pamir Border 1920-1940. Tashkent, 1988.", "Brandt, K. Ice Roads. Leipzig, 1971."],
            References(list));
    }

    [Fact]
    public void An_item_wrapped_onto_a_line_in_lower_case_is_one_reference()
    {
        var list = "1. Orlova, Vera. Posts on the Roof of the World\nand the Pamir Border. Tashkent, 1988.\n2. Brandt, K. Ice Roads. Leipzig, 1971.\n";

        Assert.Equal(["Orlova, Vera. Posts on the Roof of the World and the Pamir Border. Tashkent, 1988.", "Brandt, K. Ice Roads. Leipzig, 1971."],
            References(list));
    }

    [Fact]
    public void Items_indented_alike_stay_apart()
    {
        var list = "  Orlova, Vera. Posts on the Roof of the World. Tashkent, 1988.\n  Brandt, K. Ice Roads. Leipzig, 1971.\n";

        Assert.Equal(["Orlova, Vera. Posts on the Roof of the World. Tashkent, 1988.", "Brandt, K. Ice Roads. Leipzig, 1971."], References(list));
    }

    [Fact]
    public void A_line_in_lower_case_after_a_blank_line_is_an_item_of_its_own()
    {
        var list = "- Brandt, K. Ice Roads. Leipzig, 1971.\n\nvon Hagen, M. Soldiers of the Pamirs. Berlin, 1990.\n";

        Assert.Equal(["Brandt, K. Ice Roads. Leipzig, 1971.", "von Hagen, M. Soldiers of the Pamirs. Berlin, 1990."], References(list));
    }
}
