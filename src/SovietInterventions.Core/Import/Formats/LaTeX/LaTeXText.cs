using System.Text.RegularExpressions;

namespace SovietInterventions.Core.Import.Formats.LaTeX;

/// <summary>
/// LaTeX source read as the words it typesets: accent escapes become letters ("\'S" → "Ś", "\l{}" → "ł", "\v{c}" → "č"), so
/// a name is never cut at its markup; "~" is a space, "--" and "---" dashes, "``…''" quotes; "\emph{x}" and the like read x;
/// citations, labels and cross-references are dropped.
/// </summary>
internal static partial class LaTeXText
{
    /// <summary>A command's argument in braces, matched to its closing brace; null when the command has none.</summary>
    public static (int Start, int End)? Argument(string text, int from)
    {
        var open = from;
        while (open < text.Length && text[open] is ' ' or '*') open++;
        while (open < text.Length && text[open] == '[') open = Math.Max(text.IndexOf(']', open), open) + 1;
        if (open >= text.Length || text[open] != '{') return null;
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '{') depth++;
            else if (text[i] == '}' && --depth == 0) return (open + 1, i);
        }
        return null;
    }

    /// <summary>The text with every "\name{…}" (its arguments matched to their braces) taken out and handed to <paramref name="take"/>.</summary>
    public static string TakeOut(string text, string name, Action<string> take)
    {
        var pattern = new Regex(@"\\" + name + @"(?![a-zA-Z])");
        for (var match = pattern.Match(text); match.Success; match = pattern.Match(text))
        {
            if (Argument(text, match.Index + match.Length) is not { } argument)
            {
                text = text.Remove(match.Index, match.Length);
                continue;
            }
            take(text[argument.Start..argument.End]);
            text = text.Remove(match.Index, argument.End + 1 - match.Index);
        }
        return text;
    }

    /// <summary>A line or passage of LaTeX as plain text.</summary>
    public static string Plain(string text)
    {
        foreach (var dropped in DroppedCommands) text = TakeOut(text, dropped, _ => { });
        text = Letters(text);
        text = text.Replace("``", "“").Replace("''", "”").Replace("`", "‘")
            .Replace("---", "—").Replace("--", "–").Replace(@"\\", " ").Replace("{,}", ",");
        text = Escaped().Replace(text, "$1");
        text = Command().Replace(text, "");
        text = text.Replace("{", "").Replace("}", "").Replace('~', ' ');
        return Spaces().Replace(text, " ").Trim();
    }

    private static readonly string[] DroppedCommands =
    [
        "cite", "citet", "citep", "citealt", "citealp", "citeauthor", "citeyear", "parencite", "textcite", "autocite", "footcite",
        "label", "ref", "pageref", "eqref", "autoref", "cref", "Cref", "index", "vspace", "hspace", "includegraphics",
        "bibliographystyle", "bibliography", "thanks", "footnotemark", "setlength", "newcommand", "renewcommand",
    ];

    // Accents on a letter ("\'S", "\'{S}", "{\"o}", "\v{c}", "\c{s}") and letters of their own ("\l{}", "\o", "\ss").
    private static string Letters(string text)
    {
        text = DotlessI().Replace(text, "i");
        text = SymbolAccent().Replace(text, m => Accented(m.Groups["letter"].Value, m.Groups["accent"].Value[0]));
        text = LetterAccent().Replace(text, m => Accented(m.Groups["letter"].Value, m.Groups["accent"].Value[0]));
        text = SpecialLetter().Replace(text, m => SpecialLetters[m.Groups["name"].Value]);
        return text;
    }

    // The letter with its accent, as one character where Unicode has one (the importer runs without ICU, so no normalisation).
    private static string Accented(string letter, char accent)
    {
        var pairs = Composed[accent];
        for (var i = 0; i + 1 < pairs.Length; i += 2)
            if (pairs[i] == letter[0]) return pairs[i + 1].ToString();
        return letter + CombiningMarks[accent];
    }

    // Each accent command's letters, each followed by itself accented.
    private static readonly Dictionary<char, string> Composed = new()
    {
        ['\''] = "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź",
        ['`'] = "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ",
        ['^'] = "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ",
        ['"'] = "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ",
        ['~'] = "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ",
        ['='] = "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ",
        ['.'] = "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż",
        ['u'] = "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ",
        ['v'] = "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž",
        ['H'] = "OŐUŰoőuű",
        ['c'] = "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ",
        ['k'] = "AĄEĘIĮOǪUŲaąeęiįoǫuų",
        ['r'] = "AÅUŮaåuůwẘyẙ",
        ['d'] = "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓ",
    };

    private static readonly Dictionary<char, char> CombiningMarks = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
        ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323',
    };

    private static readonly Dictionary<string, string> SpecialLetters = new()
    {
        ["l"] = "ł", ["L"] = "Ł", ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å",
    };

    [GeneratedRegex(@"\\i(?![a-zA-Z])(?:\{\})?")]
    private static partial Regex DotlessI();

    [GeneratedRegex(@"\\(?<accent>['`^""~=.])\s*(?:\{(?<letter>\p{L})\}|(?<letter>\p{L}))")]
    private static partial Regex SymbolAccent();

    [GeneratedRegex(@"\\(?<accent>[uvHckrd])(?:\{(?<letter>\p{L})\}|\s+(?<letter>\p{L})(?!\p{L}))")]
    private static partial Regex LetterAccent();

    [GeneratedRegex(@"\\(?<name>ss|ae|AE|oe|OE|aa|AA|l|L|o|O)(?![a-zA-Z])(?:\{\}|\s(?=\p{L}))?")]
    private static partial Regex SpecialLetter();

    // "\%", "\&", "\$", "\#", "\_", "\{", "\}" are the characters themselves.
    [GeneratedRegex(@"\\([%&$#_{}])")]
    private static partial Regex Escaped();

    // What is left of a command once its argument is to be read: its name, a star and optional arguments.
    [GeneratedRegex(@"\\[a-zA-Z]+\*?(?:\[[^\]]*\])*\s?|\\[^a-zA-Z\s]")]
    private static partial Regex Command();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
