using System.Security.Cryptography;
using System.Text;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Core.Tests.Import.Reading;

public class SourceReaderTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Empty_file_is_refused_with_an_error_naming_the_file()
    {
        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("empty.txt", []));

        Assert.Equal("empty.txt", e.FileName);
        Assert.Contains("empty.txt", e.Message);
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void Whitespace_only_file_is_refused_as_empty()
    {
        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("blank.md", Bytes("  \r\n\t\n   \n")));

        Assert.StartsWith("blank.md", e.Message);
        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void File_holding_only_a_byte_order_mark_is_refused_as_empty()
    {
        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("bom-only.txt", [0xEF, 0xBB, 0xBF, (byte)'\n']));

        Assert.Contains("empty", e.Problem);
    }

    [Fact]
    public void File_with_NUL_bytes_is_refused_as_binary_at_the_line_of_the_first_NUL()
    {
        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("image.png", Bytes("first line\nsecond\0line\n")));

        Assert.Equal("image.png", e.FileName);
        Assert.Equal(2, e.Line);
        Assert.Contains("binary", e.Problem);
        Assert.StartsWith("image.png:2:", e.Message);
    }

    [Fact]
    public void UTF16_file_is_refused_as_binary()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("= Title =\nSome text.")).ToArray();

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("utf16.wiki", bytes));

        Assert.Contains("binary", e.Problem);
    }

    [Fact]
    public void File_full_of_control_characters_is_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 'a' : 0x01)).ToArray();

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("noise.bin", bytes));

        Assert.Contains("control characters", e.Problem);
        Assert.Contains("noise.bin", e.Message);
    }

    [Fact]
    public void A_few_control_characters_in_long_text_are_tolerated()
    {
        var text = new string('a', 1000) + "\f" + new string('b', 1000);

        var source = SourceReader.Decode("formfeed.txt", Bytes(text));

        Assert.Equal(text, source.Text);
    }

    [Fact]
    public void Invalid_UTF8_is_refused_with_an_error_naming_the_file_and_the_line()
    {
        var bytes = Concat(Bytes("first line\nsecond line\nthird "), [0xFF], Bytes(" line\nfourth\n"));

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("latin1.txt", bytes));

        Assert.Equal("latin1.txt", e.FileName);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("latin1.txt:3:", e.Message);
        Assert.Contains("UTF-8", e.Problem);
        Assert.IsType<DecoderFallbackException>(e.InnerException);
    }

    [Fact]
    public void Windows_1252_text_is_refused_as_invalid_UTF8_on_the_right_line()
    {
        var bytes = Encoding.Latin1.GetBytes("= Title =\n\nDubcek\nSocialism with a human face, \u00e9t\u00e9 1968\n");

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("cp1252.wiki", bytes));

        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Truncated_multibyte_sequence_at_the_end_is_refused_on_the_last_line()
    {
        var bytes = Concat(Bytes("line one\nline two "), [0xD0]);

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("cut.txt", bytes));

        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Invalid_UTF8_error_gives_the_offset_of_the_bad_byte()
    {
        var bytes = Concat(Bytes("ab"), [0xC3], Bytes("X and more"));

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("bad.txt", bytes));

        Assert.Contains("offset 2", e.Problem);
    }

    [Fact]
    public void Offset_of_a_stray_continuation_byte_is_exact()
    {
        var bytes = Concat(Bytes("abc"), [0x80], Bytes("def"));

        var e = Assert.Throws<ImportException>(() => SourceReader.Decode("bad.txt", bytes));

        Assert.Contains("offset 3", e.Problem);
    }

    [Fact]
    public void Byte_order_mark_is_stripped()
    {
        var bytes = Concat([0xEF, 0xBB, 0xBF], Bytes("= Title =\n"));

        var source = SourceReader.Decode("bom.wiki", bytes);

        Assert.Equal("= Title =\n", source.Text);
    }

    [Fact]
    public void CRLF_and_lone_CR_line_ends_become_LF()
    {
        var source = SourceReader.Decode("dos.txt", Bytes("one\r\ntwo\rthree\n\r\nfour"));

        Assert.Equal("one\ntwo\nthree\n\nfour", source.Text);
        Assert.DoesNotContain('\r', source.Text);
    }

    [Fact]
    public void Non_ASCII_text_is_decoded_unchanged()
    {
        const string text = "Dubček, Ürümqi, Молотов – Риббентроп, \u200F\u05E9\u05DC\u05D5\u05DD";

        Assert.Equal(text, SourceReader.Decode("utf8.txt", Bytes(text)).Text);
    }

    [Fact]
    public void Hash_is_the_lower_case_SHA256_of_the_raw_bytes_including_BOM_and_CRLF()
    {
        var bytes = Concat([0xEF, 0xBB, 0xBF], Bytes("a\r\nb"));

        var source = SourceReader.Decode("hash.txt", bytes);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), source.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", source.Sha256);
    }

    [Fact]
    public void Reading_a_path_keeps_only_the_file_name()
    {
        var source = SourceReader.Read(RepositoryRoot.Seed("soviet-foreign-policy-notes.md"));

        Assert.Equal("soviet-foreign-policy-notes.md", source.FileName);
        Assert.StartsWith("# Soviet union foreign policy\n", source.Text);
    }

    [Theory]
    [InlineData("military-occupations-by-the-soviet-union.txt")]
    [InlineData("soviet-foreign-policy-notes.md")]
    [InlineData("soviet-involvement-in-regime-change.wiki")]
    public void Every_seed_reads_as_text_without_carriage_returns_or_BOM(string seed)
    {
        var source = SourceReader.Read(RepositoryRoot.Seed(seed));

        Assert.NotEmpty(source.Text);
        Assert.DoesNotContain('\r', source.Text);
        Assert.NotEqual('\uFEFF', source.Text[0]);
    }
}
