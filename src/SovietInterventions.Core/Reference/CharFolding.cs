namespace SovietInterventions.Core.Reference;

/// <summary>
/// Folds one character for matching: Latin letters lose their diacritics (á = a, ř = r),
/// typographic apostrophes and dashes become plain ones. A table rather than Unicode
/// decomposition because the app runs with invariant globalization, where Normalize does nothing.
/// </summary>
internal static class CharFolding
{
    private static readonly Dictionary<char, string> Table = Build();

    /// <summary>The folded form: usually the character itself, "" for a combining mark, two letters for Æ.</summary>
    public static string? Fold(char c) => c < 0x80 ? null : Table.GetValueOrDefault(c);

    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static Dictionary<char, string> Build()
    {
        string[] groups =
        [
            "A=ÀÁÂÃÄÅĀĂĄǍȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶ", "a=àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ",
            "C=ÇĆĈĊČ", "c=çćĉċč", "D=ĎĐÐḌ", "d=ďđðḍ",
            "E=ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ", "e=èéêëēĕėęěẹẻẽếềểễệ",
            "G=ĜĞĠĢǦ", "g=ĝğġģǧ", "H=ĤĦḤ", "h=ĥħḥ",
            "I=ÌÍÎÏĨĪĬĮİǏỈỊ", "i=ìíîïĩīĭįıǐỉị", "J=Ĵ", "j=ĵ", "K=ĶḲ", "k=ķḳ",
            "L=ĹĻĽĿŁ", "l=ĺļľŀł", "N=ÑŃŅŇṆ", "n=ñńņňŉṇ",
            "O=ÒÓÔÕÖØŌŎŐƠǑỌỎỐỒỔỖỘỚỜỞỠỢ", "o=òóôõöøōŏőơǒọỏốồổỗộớờởỡợ",
            "R=ŔŖŘṚ", "r=ŕŗřṛ", "S=ŚŜŞŠȘṢ", "s=śŝşšșṣ", "T=ŢŤŦȚṬ", "t=ţťŧțṭ",
            "U=ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛỤỦỨỪỬỮỰ", "u=ùúûüũūŭůűųưǔǖǘǚǜụủứừửữự",
            "W=Ŵ", "w=ŵ", "Y=ÝŶŸỲỴỶỸ", "y=ýÿŷỳỵỷỹ", "Z=ŹŻŽẒ", "z=źżžẓ",
            "AE=Æ", "ae=æ", "OE=Œ", "oe=œ", "ss=ß", "TH=Þ", "th=þ",
            "'=’‘ʼʻ´`", "-=‐‑‒–—―−",
        ];
        var table = new Dictionary<char, string>();
        foreach (var group in groups)
        {
            var split = group.IndexOf('=', 1);
            foreach (var c in group[(split + 1)..])
                table[c] = group[..split];
        }
        for (var c = '\u0300'; c <= '\u036F'; c++)
            table[c] = "";
        return table;
    }
}
