using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Model;
using static SovietInterventions.Core.Tests.Import.Formats.TestSources;

namespace SovietInterventions.Core.Tests.Import.Formats.Messages;

public class ChatGptExportTests
{
    // Two conversations. In the first, the answer to the question was regenerated: the first answer ("a1") is a branch left
    // behind, the second ("a2") leads on to the node the conversation last showed ("a3"). Its nodes are listed out of order.
    private const string Export = """
        [
          {
            "title": "River crossing questions",
            "create_time": 1735725600.5,
            "mapping": {
              "root": { "id": "root", "message": null, "parent": null, "children": ["sys"] },
              "sys": {
                "id": "sys",
                "message": {
                  "author": { "role": "system", "name": null, "metadata": {} },
                  "create_time": null,
                  "content": { "content_type": "text", "parts": ["You are a helpful assistant for the history club."] },
                  "metadata": { "is_visually_hidden_from_conversation": true }
                },
                "parent": "root", "children": ["q1"]
              },
              "q1": {
                "id": "q1",
                "message": {
                  "author": { "role": "user", "name": null, "metadata": {} },
                  "create_time": 1735725601.0,
                  "content": { "content_type": "multimodal_text", "parts": [{ "content_type": "image_asset_pointer", "asset_pointer": "file-service://photo" }, "Who bridged the river at Kessel in 1931?"] },
                  "metadata": {}
                },
                "parent": "sys", "children": ["a1", "a2"]
              },
              "a3": {
                "id": "a3",
                "message": {
                  "author": { "role": "assistant", "name": null, "metadata": {} },
                  "create_time": 1735725660.0,
                  "content": { "content_type": "text", "parts": ["The garrison fled east in June."] },
                  "metadata": {}, "recipient": "all"
                },
                "parent": "tool", "children": []
              },
              "a1": {
                "id": "a1",
                "message": {
                  "author": { "role": "assistant", "name": null, "metadata": {} },
                  "content": { "content_type": "text", "parts": ["Nobody knows who built the bridge."] },
                  "metadata": {}
                },
                "parent": "q1", "children": []
              },
              "a2": {
                "id": "a2",
                "message": {
                  "author": { "role": "assistant", "name": null, "metadata": {} },
                  "content": { "content_type": "text", "parts": ["## The crossing of 1931\n\nIn May 1931 **Soviet engineers** bridged the river at Kessel.\n\n- It took two nights.", ""] },
                  "metadata": {}, "recipient": "all"
                },
                "parent": "q1", "children": ["call"]
              },
              "call": {
                "id": "call",
                "message": {
                  "author": { "role": "assistant", "name": null, "metadata": {} },
                  "content": { "content_type": "code", "text": "search(\"Kessel garrison\")" },
                  "metadata": {}, "recipient": "browser"
                },
                "parent": "a2", "children": ["tool"]
              },
              "tool": {
                "id": "tool",
                "message": {
                  "author": { "role": "tool", "name": "browser", "metadata": {} },
                  "content": { "content_type": "text", "parts": ["Search results: the Kessel garrison page."] },
                  "metadata": {}
                },
                "parent": "call", "children": ["a3"]
              }
            },
            "moderation_results": [],
            "current_node": "a3",
            "conversation_id": "c-1"
          },
          {
            "title": "A second chat",
            "mapping": {
              "n1": {
                "message": { "author": { "role": "user" }, "content": { "content_type": "text", "parts": ["What became of the bridge after the war?"] } },
                "parent": null, "children": ["n2"]
              },
              "n2": {
                "message": { "author": { "role": "assistant" }, "content": { "content_type": "text", "parts": ["   "] } },
                "parent": "n1", "children": []
              }
            },
            "current_node": "n2"
          }
        ]
        """;

    private static ParsedDocument Parse(string text = Export, string fileName = "conversations.json") => DocumentParser.Parse(Of(text, fileName));

    [Fact]
    public void A_chatgpt_export_is_read_conversation_by_conversation_each_a_section_under_its_title()
    {
        var document = Parse();

        Assert.Equal((SourceFormat.Messages, "conversations"), (document.Format, document.Title));
        Assert.Equal(["conversations", "River crossing questions", "A second chat"],
            document.Blocks.Where(b => b.Kind == PassageKind.Heading && b.Depth <= 2).Select(b => b.Text));
        Assert.Equal("conversations › A second chat", Path(Assert.Single(document.Blocks, b => b.Text.StartsWith("What became", StringComparison.Ordinal)).Headings));
    }

    [Fact]
    public void The_turns_are_read_in_order_along_the_branch_that_ends_at_the_current_node()
    {
        var prose = ProseOf(Parse());

        Assert.Equal(["Who bridged the river at Kessel in 1931?", "In May 1931 Soviet engineers bridged the river at Kessel.", "It took two nights.",
            "The garrison fled east in June.", "What became of the bridge after the war?"], prose);
        Assert.DoesNotContain("Nobody knows who built the bridge.", prose);
    }

    [Fact]
    public void System_and_tool_messages_hidden_messages_calls_to_tools_and_parts_that_are_no_text_are_no_prose()
    {
        var text = string.Join(" ", Parse().Blocks.Select(b => b.Text));

        Assert.DoesNotContain("helpful assistant", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Search results", text, StringComparison.Ordinal);
        Assert.DoesNotContain("search(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("file-service", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_wrote_a_turn_and_when_are_no_prose()
    {
        var text = string.Join(" ", Parse().Blocks.Select(b => b.Text));

        Assert.DoesNotContain("assistant", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("user", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1735725", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_is_read_as_markdown_its_headings_below_the_conversations_and_ending_with_the_turn()
    {
        var document = Parse();

        var heading = Assert.Single(document.Blocks, b => b.Text == "The crossing of 1931");
        Assert.Equal((PassageKind.Heading, 4), (heading.Kind, heading.Depth));
        Assert.Equal("conversations › River crossing questions › The crossing of 1931",
            Path(Assert.Single(document.Blocks, b => b.Text == "It took two nights.").Headings));
        Assert.Equal(PassageKind.ListItem, Assert.Single(document.Blocks, b => b.Text == "It took two nights.").Kind);
        Assert.Equal("conversations › River crossing questions",
            Path(Assert.Single(document.Blocks, b => b.Text == "The garrison fled east in June.").Headings));
    }

    [Fact]
    public void Each_turn_names_the_line_its_text_is_on_in_the_file()
    {
        var lines = Export.Split('\n');

        foreach (var block in Parse().Blocks.Where(b => b.Kind != PassageKind.Heading))
            Assert.Contains(block.Text.Split(' ')[0], lines[block.Line - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversation_whose_parents_run_in_a_loop_is_read_once_round_the_loop()
    {
        var loop = Export.Replace("\"parent\": null, \"children\": [\"n2\"]", "\"parent\": \"n2\", \"children\": [\"n2\"]", StringComparison.Ordinal)
            .Replace("\"parts\": [\"   \"]", "\"parts\": [\"It was pulled down in 1946.\"]", StringComparison.Ordinal);

        var prose = ProseOf(Parse(loop));

        Assert.Equal(["What became of the bridge after the war?", "It was pulled down in 1946."], prose[^2..]);
    }

    [Theory]
    [InlineData("[{\"title\": \"A chat\", \"mapping\": 3}]")]
    [InlineData("[{\"title\": \"A chat\", \"mapping\": {\"n1\": \"What became of the bridge after the war?\"}}]")]
    [InlineData("[{\"title\": \"A chat\", \"mapping\": {}}]")]
    [InlineData("[{\"title\": \"A chat\", \"mapping\": {\"n1\": {\"name\": \"bridge\"}}}]")]
    public void A_list_whose_mapping_holds_no_nodes_is_no_chatgpt_export(string text)
    {
        var error = Assert.Throws<ImportException>(() => Parse(text));

        Assert.Contains("unknown format", error.Problem, StringComparison.Ordinal);
    }
}
