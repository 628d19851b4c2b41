using System.Text;

namespace SovietInterventions.Importer.Fuzzing;

/// <summary>One change to a seed document's bytes, named for the case report; scale shrinks the pathological sizes (1 = full).</summary>
public sealed record Mutation(string Name, Func<byte[], Random, double, byte[]> Apply);

/// <summary>The ways a seed document is damaged: random noise and the shapes that once made the importer run away.</summary>
public static class Mutations
{
    static readonly string[] Insertions =
    [
        "\u202E", "\u200D", "\uFEFF", "\u0301\u0301\u0301\u0301", "😀", "\u00A0", "\u2028", "\u0000", "Ω≈ç√", "\uD800",
        "==", "[[", "]]", "{{", "}}", "<ref>", "#", "* ", "> ", "| ", "---\n", "```\n", "&amp;", "%00",
    ];

    public static readonly IReadOnlyList<Mutation> All =
    [
        new("byte-flips", (b, r, s) => { var c = (byte[])b.Clone(); for (var i = r.Next(1, 20); i > 0 && c.Length > 0; i--) c[r.Next(c.Length)] ^= (byte)r.Next(1, 256); return c; }),
        new("truncation", (b, r, s) => b[..r.Next(b.Length + 1)]),
        new("unicode-insertions", (b, r, s) => Text(b, t => { for (var i = r.Next(1, 30); i > 0; i--) t = t.Insert(r.Next(t.Length + 1), Insertions[r.Next(Insertions.Length)]); return t; })),
        new("line-shuffle", (b, r, s) => Text(b, t => string.Join('\n', t.Split('\n').OrderBy(_ => r.Next())))),
        new("absurd-headings", (b, r, s) => Text(b, t => Sprinkle(t, r, () => r.Next(4) switch
        {
            0 => $"\n## {r.NextInt64()}–{-r.Next()}: Hungary\n",
            1 => $"\n==== {new string('9', r.Next(5, 400))}: {new string('x', Size(r, 1, 5000, s))} ====\n",
            2 => "\n" + new string('#', r.Next(1, 50)) + " 0000–0000\n",
            _ => $"\n{new string('=', r.Next(1, 30))} 1956: Hungary {new string('=', r.Next(1, 30))}\n",
        }))),
        new("absurd-years", (b, r, s) => Text(b, t => System.Text.RegularExpressions.Regex.Replace(t, @"\b(1[89]|20)\d\d\b",
            _ => r.Next(5) switch { 0 => "99999999999999999999", 1 => "-1917", 2 => "0000", 3 => r.Next().ToString(System.Globalization.CultureInfo.InvariantCulture), _ => "1956–1066" }))),
        new("deep-nesting", (b, r, s) => Text(b, t => t + "\n" + r.Next(4) switch
        {
            0 => string.Concat(Enumerable.Range(0, Size(r, 100, 10_000, s)).Select(i => new string(' ', 2 * i) + "- 1956 Hungary\n")),
            1 => new string('>', Size(r, 100, 10_000, s)) + " quoted 1968\n",
            2 => string.Concat(Enumerable.Range(1, Size(r, 100, 5_000, s)).Select(i => new string('*', i) + " item\n")),
            _ => new string('{', Size(r, 100, 20_000, s)) + "1956" + new string('}', Size(r, 100, 20_000, s)) + "\n",
        })),
        new("long-line", (b, r, s) => Text(b, t => t + "\n" + string.Concat(Enumerable.Repeat("In 1956 Soviet tanks entered Budapest, Hungary. ", Size(r, 1_000, 25_000, s))) + "\n")),
        new("many-headings", (b, r, s) => Text(b, t => t + string.Concat(Enumerable.Range(0, Size(r, 1_000, 20_000, s)).Select(i => $"\n## {1918 + i % 74}: Hungary {i}\nText {i}.\n")))),
        new("mixed-line-endings", (b, r, s) => Text(b, t => string.Concat(t.Split('\n').Select(l => l + (r.Next(3) switch { 0 => "\r\n", 1 => "\r", _ => "\n" }))))),
        new("utf-16", (b, r, s) => Encoding.Unicode.GetPreamble().Take(r.Next(2) * 2).Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b))).ToArray()),
    ];

    static int Size(Random random, int min, int max, double scale) => random.Next(Math.Max(1, (int)(min * scale)), Math.Max(2, (int)(max * scale)));

    static byte[] Text(byte[] bytes, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    static string Sprinkle(string text, Random random, Func<string> piece)
    {
        for (var i = random.Next(1, 40); i > 0; i--) text = text.Insert(LineStart(text, random.Next(text.Length + 1)), piece());
        return text;
    }

    static int LineStart(string text, int at)
    {
        var newline = at == 0 ? -1 : text.LastIndexOf('\n', at - 1);
        return newline + 1;
    }
}
