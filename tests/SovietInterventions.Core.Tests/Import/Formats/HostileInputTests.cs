using System.Diagnostics;
using System.Text;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Documents;
using SovietInterventions.Core.Import.Formats;
using SovietInterventions.Core.Import.Formats.Gift;
using SovietInterventions.Core.Import.Formats.Markdown;
using SovietInterventions.Core.Import.Formats.PlainText;
using SovietInterventions.Core.Import.Formats.Prose;
using SovietInterventions.Core.Import.Formats.Tei;
using SovietInterventions.Core.Import.Formats.TiddlyWiki;
using SovietInterventions.Core.Import.Formats.WikiText;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Core.Tests.Import.Formats;

/// <summary>
/// Hostile inputs for the reader and every parser: each must return or throw ImportException,
/// never another exception, and finish in normal test time.
/// </summary>
public class HostileInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120); // a hang guard, not a speed target

    public static readonly TheoryData<string> Stages =
        ["SourceReader", "FormatDetector", "DocumentParser", "WikiTextParser", "PlainTextArticleParser", "MarkdownNotesParser", "GiftQuizParser", "TiddlerParser", "TeiParser", "ProseText"];

    public static readonly TheoryData<string, string> Cases = Cross(
        "5 MB single line",
        "5 MB line after a title",
        "5 MB of glued sentences",
        "5 MB of abbreviations",
        "5 MB of citation marks",
        "random Unicode with right-to-left and combining marks",
        "random bytes",
        "unbalanced superscripts",
        "10 000 equals signs",
        "10 000 equals signs around a word",
        "markup soup",
        "unclosed links, answers and macros");

    private static TheoryData<string, string> Cross(params string[] inputs)
    {
        var data = new TheoryData<string, string>();
        foreach (var stage in Stages) foreach (var input in inputs) data.Add(stage, input);
        return data;
    }

    private static string Repeat(string text, int totalLength)
    {
        var builder = new StringBuilder(totalLength + text.Length);
        while (builder.Length < totalLength) builder.Append(text);
        return builder.ToString();
    }

    private static string RandomUnicode(int seed, int length)
    {
        // Hebrew and Arabic letters, bidi controls, combining marks, Cyrillic, CJK, an emoji (a surrogate pair) and markup characters.
        int[] pool =
        [
            0x05D0, 0x05E9, 0x05EA, 0x0627, 0x0644, 0x0645, 0x202E, 0x202B, 0x202C, 0x200F, 0x200E, 0x2067, 0x2069,
            0x0301, 0x0336, 0x0308, 0x20DD, 0x0489, 0x041C, 0x043E, 0x0436, 0x4E2D, 0x1F600, 0xFEFF, 0x00A0, 0x2028,
            '\n', ' ', '.', '=', '^', '{', '}', '[', ']', '*', '-', '#', '>', '`', 'A', 'b', '1',
        ];
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++) builder.Append(char.ConvertFromUtf32(pool[random.Next(pool.Length)]));
        return builder.ToString();
    }

    private static byte[] Input(string name) => name switch
    {
        "5 MB single line" => Encoding.UTF8.GetBytes(Repeat("Soviet troops entered Budapest ", 5_000_000)),
        "5 MB line after a title" => Encoding.UTF8.GetBytes("Title\n" + Repeat("Soviet troops entered Budapest. Then ", 5_000_000)),
        "5 MB of glued sentences" => Encoding.UTF8.GetBytes("Title\n" + Repeat("in 1939.In the case[5] Of refusal.", 5_000_000)),
        "5 MB of abbreviations" => Encoding.UTF8.GetBytes("Title\n" + Repeat("Gen. Zhukov met Dr. Sorge in the U.S. Army base of Richard B. Frank ", 5_000_000)),
        "5 MB of citation marks" => Encoding.UTF8.GetBytes("= Title =\n" + Repeat("Text^{[4] [5]}[6][F 8] ^{who?]} ", 5_000_000)),
        "random Unicode with right-to-left and combining marks" => Encoding.UTF8.GetBytes("= \u202Eשלום =\n" + RandomUnicode(1956, 20_000)),
        "random bytes" => RandomBytes(1968, 20_000),
        "unbalanced superscripts" => Encoding.UTF8.GetBytes(
            "= Title ^{ =\n== ^{[4] ==\nText ^{[4] never closed\n^{^{^{^{ }\n" + Repeat("^{", 10_000) + "\n" + Repeat("^{[4] ", 10_000) + " end}\n- ^{\n"),
        "10 000 equals signs" => Encoding.UTF8.GetBytes(new string('=', 10_000)),
        "10 000 equals signs around a word" => Encoding.UTF8.GetBytes(
            "= Title =\n" + new string('=', 10_000) + " Heading " + new string('=', 10_000) + "\nSome text.\n" + new string('=', 10_000) + "\n"),
        "markup soup" => Encoding.UTF8.GetBytes(
            "# T\n" + Repeat("*a* _b_ `c` [d](e) <i>f</i> ^{g} [[h]] ", 40_000) + "\n***\n* * *\n| a | b |\n|---|---|\n| c | d |\n<div>\n```\nunclosed code\n"),
        "unclosed links, answers and macros" => Encoding.UTF8.GetBytes(
            "title: T\n\n::Q1::" + Repeat("Soviet [[troops {=a ~b <<x ''y //z @@w ", 400_000) + "\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static void RunStage(string stage, byte[] bytes)
    {
        const string fileName = "hostile.txt";
        if (stage == "SourceReader")
        {
            SourceReader.Decode(fileName, bytes);
            return;
        }

        // The parsers get the text as the reader would give it, or, where the reader refuses it, decoded leniently.
        SourceText source;
        try { source = SourceReader.Decode(fileName, bytes); }
        catch (ImportException) { source = new SourceText(fileName, Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n"), ""); }

        switch (stage)
        {
            case "FormatDetector": FormatDetector.Detect(source); break;
            case "DocumentParser": DocumentParser.Parse(source); break;
            case "WikiTextParser": WikiTextParser.Parse(source); break;
            case "PlainTextArticleParser": PlainTextArticleParser.Parse(source); break;
            case "MarkdownNotesParser": MarkdownNotesParser.Parse(source); break;
            case "GiftQuizParser": GiftQuizParser.Parse(source); break;
            case "TiddlerParser": TiddlerParser.Parse(source); break;
            case "TeiParser": TeiParser.Parse(source); break;
            case "ProseText":
                ProseText.RemoveCitations(source.Text);
                ProseText.SplitSentences(source.Text);
                break;
            default: throw new ArgumentOutOfRangeException(nameof(stage), stage, null);
        }
    }

    private static void AssertReturnsOrThrowsImportException(string stage, byte[] bytes)
    {
        var run = Task.Run(() => RunStage(stage, bytes));
        var finished = ((IAsyncResult)run).AsyncWaitHandle.WaitOne(Limit);
        Assert.True(finished, $"{stage} did not finish within {Limit.TotalSeconds} s.");
        if (run.Exception?.InnerException is { } e && e is not ImportException)
            Assert.Fail($"{stage} threw {e.GetType().Name} instead of ImportException: {e.Message}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_a_result_or_an_ImportException_in_normal_time(string stage, string input)
    {
        AssertReturnsOrThrowsImportException(stage, Input(input));
    }

    private static byte[] NestedList(int depth) =>
        Encoding.UTF8.GetBytes("# Notes\n\n" + string.Concat(Enumerable.Repeat("- ", depth)) + Repeat("Soviet troops entered Budapest. ", 600) + "\n");

    [Theory]
    [InlineData(10)]
    [InlineData(63)]
    public void Markdown_lists_nested_up_to_63_deep_give_a_result(int depth)
    {
        var document = DocumentParser.Parse(SourceReader.Decode("nested.md", NestedList(depth)));

        Assert.Contains(document.Blocks, b => b.Text.StartsWith("Soviet troops"));
    }

    [Fact]
    public void Markdown_list_nested_64_deep_gives_an_ImportException_not_an_ArgumentException()
    {
        AssertReturnsOrThrowsImportException("DocumentParser", NestedList(64));
    }

    [Fact]
    public void Markdown_paragraph_with_ten_thousand_emphasised_words_gives_an_ImportException_not_an_ArgumentException()
    {
        var text = "# T\n\n" + string.Concat(Enumerable.Repeat("*Soviet* troops ", 10_000)) + "\n";

        AssertReturnsOrThrowsImportException("DocumentParser", Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public void Markdown_line_of_many_open_brackets_gives_an_ImportException_not_an_ArgumentException()
    {
        var text = "# T\n" + new string('[', 50_000) + new string(']', 50_000) + "\n" + Repeat("Soviet text here ", 1_000_000) + "\n";

        AssertReturnsOrThrowsImportException("DocumentParser", Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(200)]
    [InlineData(1000)]
    public void Deeply_nested_Markdown_quotes_give_a_result_or_an_ImportException(int depth)
    {
        var text = "# Notes\n\n" + string.Concat(Enumerable.Repeat("> ", depth)) + "Soviet troops entered Budapest and Prague.\n";

        AssertReturnsOrThrowsImportException("DocumentParser", Encoding.UTF8.GetBytes(text));
    }
}
