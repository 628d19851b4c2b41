using System.Text;
using CsCheck;
using SovietInterventions.Core.Import;
using SovietInterventions.Core.Import.Reading;

namespace SovietInterventions.Core.Tests.Import;

/// <summary>
/// Property: whatever is done to a seed (truncated, bytes flipped, lines duplicated, shuffled or
/// dropped, headings nested wrongly, citation marks unbalanced, odd Unicode inserted), the importer
/// either reads it or refuses it with an ImportException naming the file; it never stops on an error of its own.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ImportUnderMutationTests
{
    private static readonly string[] Seeds = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds")).Order().ToArray();

    private static readonly string[] Oddities =
    [
        "\u202Eשלום עולם\u202C", "e\u0301\u0301\u0301", "\u0000", "\uFEFF", "==== 1956: ", "^{[4", "[[[[", "]]]]", "==",
        "= = = =", "- \\* ", "#######", "\uD83D\uDE00", "19", "1956–", "\t\t", "Budapest Budapest Budapest", "\r",
    ];

    private static readonly Gen<Func<byte[], byte[]>> Mutation = Gen.OneOf(
        Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(at => bytes => bytes[..(int)(bytes.Length * at)]),
        Gen.Int[0, int.MaxValue].Array[1, 20].Select<int[], Func<byte[], byte[]>>(positions => bytes =>
        {
            var copy = (byte[])bytes.Clone();
            foreach (var p in positions) if (copy.Length > 0) copy[p % copy.Length] ^= (byte)(1 << (p % 8));
            return copy;
        }),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(seed => bytes => Lines(bytes, lines =>
            lines.OrderBy(_ => new Random(seed).Next()).ToList())),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(seed => bytes => Lines(bytes, lines =>
        {
            var random = new Random(seed);
            return lines.SelectMany(l => random.Next(4) switch { 0 => [], 1 => new[] { l, l }, _ => [l] }).ToList();
        })),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(seed => bytes => Lines(bytes, lines =>
        {
            var random = new Random(seed);
            return lines.Select(l => random.Next(3) == 0 ? new string('=', random.Next(1, 7)) + " " + l + " " + new string('=', random.Next(1, 7)) : l).ToList();
        })),
        Gen.Int[0, int.MaxValue].Select<int, Func<byte[], byte[]>>(seed => bytes => Lines(bytes, lines =>
        {
            var random = new Random(seed);
            return lines.Select(l => random.Next(2) == 0 ? l.Insert(random.Next(l.Length + 1), Oddities[random.Next(Oddities.Length)]) : l).ToList();
        })));

    [Fact]
    public void Any_mutated_seed_imports_or_fails_with_an_error_naming_the_file()
    {
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Mutation).Sample((seed, mutate) =>
        {
            var name = "mutated-" + Path.GetFileName(Seeds[seed]);
            var bytes = mutate(File.ReadAllBytes(Seeds[seed]));
            try
            {
                TestImport.Pipeline.Run([SourceReader.Decode(name, bytes)]);
            }
            catch (ImportException e)
            {
                Assert.Contains(name, e.Message);
                Assert.DoesNotContain("internal error", e.Message); // a refusal of the input, not an error of the importer's own
            }
        }, iter: 60, threads: 1);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 })]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x0A })]
    public void Empty_binary_and_invalid_utf8_files_fail_with_an_error_naming_the_file(byte[] bytes)
    {
        var error = Assert.Throws<ImportException>(() => TestImport.Pipeline.Run([SourceReader.Decode("bad-input.txt", bytes)]));
        Assert.Contains("bad-input.txt", error.Message);
    }

    [Fact]
    public void A_five_megabyte_line_is_read()
    {
        var line = string.Concat(Enumerable.Repeat("In 1956 Soviet troops entered Budapest. ", 5_000_000 / 40));
        var model = TestImport.Of(("long-line.txt", "A long article\n\n" + line));
        Assert.NotEmpty(model.Passages);
    }

    private static byte[] Lines(byte[] bytes, Func<List<string>, List<string>> change) =>
        Encoding.UTF8.GetBytes(string.Join('\n', change(Encoding.UTF8.GetString(bytes).Split('\n').ToList())));
}
